/// A 64 K-bit filter on the first two bytes of identifiers: a fast "could this be in the catalog?" test.
public struct IdentifierGate: Sendable {
    private var bits = [UInt64](repeating: 0, count: 1024)

    /// Creates an empty gate.
    public init() {}

    /// A gate that lets every identifier through.
    public static var all: IdentifierGate {
        var gate = IdentifierGate()
        gate.bits = [UInt64](repeating: .max, count: 1024)
        return gate
    }

    /// Lets identifiers starting with the first two bytes of `prefix` through.
    public mutating func insert(_ prefix: String) { insert(prefix.utf8[...]) }

    /// Lets identifiers starting with the first two bytes of `prefix` (UTF-8) through.
    mutating func insert(_ bytes: Substring.UTF8View) {
        guard let first = bytes.first else { return }
        if bytes.count == 1 {
            for second in 0..<256 { set(first, UInt8(second)) }
        } else {
            set(first, bytes[bytes.index(after: bytes.startIndex)])
        }
    }

    private mutating func set(_ a: UInt8, _ b: UInt8) {
        let index = Int(a) << 8 | Int(b)
        bits[index >> 6] |= 1 << UInt64(index & 63)
    }

    /// Whether an identifier starting with bytes `a`, `b` may be in the catalog.
    @inline(__always)
    public func admits(_ a: UInt8, _ b: UInt8) -> Bool {
        let index = Int(a) << 8 | Int(b)
        return bits[index >> 6] & (1 << UInt64(index & 63)) != 0
    }

    /// Whether `byte` can start a C identifier.
    @inline(__always)
    static func isIdentifierStart(_ byte: UInt8) -> Bool {
        (byte >= 97 && byte <= 122) || (byte >= 65 && byte <= 90) || byte == 95
    }
}
