#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reuses the strings of symbols already seen, so a symbol found thousands of times is allocated once.
///
/// One interner serves one worker thread (it is not thread-safe); strings are keyed by `Bytes.hash` (eight bytes a step:
/// snippets run to 240 bytes, and a byte-at-a-time hash waited on a multiply per byte) and checked byte
/// for byte, so a hash collision only costs a fresh string.
public final class SymbolInterner {
    private var strings: [UInt64: String] = [:]

    /// Creates an empty interner.
    public init() {}

    /// The string for `bytes[start..<end]`, shared with earlier identical symbols.
    public func string(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> String {
        // Up to 15 bytes of UTF-8 fit inside the string value itself: no storage to share, and hashing would cost
        // more than decoding.
        if end - start <= 15 { return Bytes.text(bytes, start, end) }
        let hash = Self.hash(bytes, start, end)
        if var known = strings[hash] {
            let same = known.withUTF8 { stored in
                stored.count == end - start && memcmpEqual(stored, bytes, start)
            }
            if same { return known }
        }
        let text = Bytes.text(bytes, start, end)
        strings[hash] = text
        return text
    }

    /// The hash of `bytes[start..<end]` (`Bytes.hash`).
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> UInt64 { Bytes.hash(bytes, start, end) }

    private func memcmpEqual(_ stored: UnsafeBufferPointer<UInt8>, _ bytes: UnsafeBufferPointer<UInt8>, _ start: Int) -> Bool {
        guard let a = stored.baseAddress, let b = bytes.baseAddress else { return stored.isEmpty }
        return memcmp(a, b + start, stored.count) == 0
    }
}
