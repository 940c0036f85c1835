/// A set of byte strings kept as 64-bit hashes (`Bytes.hash`), so lexers can test identifiers without building
/// `String`s.
///
/// A hash collision only costs a dictionary lookup that misses; it never adds a finding, since the catalog
/// lookup that follows is exact.
public struct SymbolHashSet: Sendable {
    private var slots: [UInt64]
    private var mask: Int
    /// The number of symbols inserted.
    public private(set) var count = 0

    /// Creates an empty set.
    public init() {
        slots = [UInt64](repeating: 0, count: 16)
        mask = 15
    }

    /// The hash of `bytes[start..<end]` (never 0, which marks empty slots).
    @inline(__always)
    public static func hash(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> UInt64 {
        let h = Bytes.hash(bytes, start, end)
        return h == 0 ? 1 : h
    }

    /// The hash of a string's UTF-8 bytes, as `hash(_:_:_:)` gives it for the same bytes.
    public static func hash(_ text: String) -> UInt64 {
        var copy = text
        return copy.withUTF8 { hash($0, 0, $0.count) }
    }

    /// Adds a symbol.
    public mutating func insert(_ text: String) { insert(hash: Self.hash(text)) }

    /// Adds a precomputed hash.
    public mutating func insert(hash: UInt64) {
        if (count + 1) * 2 > slots.count { grow() }
        var index = Int(truncatingIfNeeded: hash) & mask
        while slots[index] != 0 {
            if slots[index] == hash { return }
            index = (index + 1) & mask
        }
        slots[index] = hash
        count += 1
    }

    /// Whether a symbol with this hash may be in the set.
    @inline(__always)
    public func contains(hash: UInt64) -> Bool {
        var index = Int(truncatingIfNeeded: hash) & mask
        while true {
            let slot = slots[index]
            if slot == hash { return true }
            if slot == 0 { return false }
            index = (index + 1) & mask
        }
    }

    /// Whether the bytes `start..<end` may be in the set.
    @inline(__always)
    public func contains(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        contains(hash: Self.hash(bytes, start, end))
    }

    private mutating func grow() {
        let old = slots.filter { $0 != 0 }
        slots = [UInt64](repeating: 0, count: slots.count * 2)
        mask = slots.count - 1
        count = 0
        for h in old { insert(hash: h) }
    }
}
