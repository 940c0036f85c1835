/// Reuses the strings of symbols already seen, so a symbol found thousands of times is allocated once.
///
/// One interner serves one worker thread (it is not thread-safe); strings are keyed by their FNV-1a hash and
/// checked byte for byte, so a hash collision only costs a fresh string.
public final class SymbolInterner {
    private var strings: [UInt64: String] = [:]

    /// Creates an empty interner.
    public init() {}

    /// The string for `bytes[start..<end]`, shared with earlier identical symbols.
    public func string(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> String {
        let hash = SymbolHashSet.hash(bytes, start, end)
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

    private func memcmpEqual(_ stored: UnsafeBufferPointer<UInt8>, _ bytes: UnsafeBufferPointer<UInt8>, _ start: Int) -> Bool {
        for k in 0..<stored.count where stored[k] != bytes[start + k] { return false }
        return true
    }
}
