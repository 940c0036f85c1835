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
    // Open addressing on the hashes themselves (a `Dictionary` keyed by the hash hashed it again, with SipHash, on
    // every lookup). A slot holds a hash (0: empty) and its string; the table doubles at half full.
    private var slots = [(hash: UInt64, text: String)](repeating: (0, ""), count: 1024)
    private var count = 0

    /// Creates an empty interner.
    public init() {}

    /// The string for `bytes[start..<end]`, shared with earlier identical symbols.
    public func string(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> String {
        // Up to 15 bytes of UTF-8 fit inside the string value itself: no storage to share, and hashing would cost
        // more than decoding.
        if end - start <= 15 { return Bytes.text(bytes, start, end) }
        let hash = max(1, Bytes.hash(bytes, start, end))
        let mask = slots.count - 1
        var index = Int(truncatingIfNeeded: hash) & mask
        // Probed through a pointer: indexing the array checked bounds and exclusivity on every probe.
        let known: String? = slots.withUnsafeBufferPointer { table in
            while table[index].hash != 0 {
                if table[index].hash == hash {
                    // A hash collision keeps the first string; the newcomer is simply not shared.
                    let same = table[index].text.utf8.withContiguousStorageIfAvailable { stored in
                        stored.count == end - start && memcmpEqual(stored, bytes, start)
                    } ?? false
                    return same ? table[index].text : Bytes.text(bytes, start, end)
                }
                index = (index + 1) & mask
            }
            return nil
        }
        if let known { return known }
        let text = Bytes.text(bytes, start, end)
        slots[index] = (hash, text)
        count += 1
        if count * 2 > slots.count { grow() }
        return text
    }

    private func grow() {
        let old = slots
        slots = Array(repeating: (0, ""), count: old.count * 2)
        let mask = slots.count - 1
        for slot in old where slot.hash != 0 {
            var index = Int(truncatingIfNeeded: slot.hash) & mask
            while slots[index].hash != 0 { index = (index + 1) & mask }
            slots[index] = slot
        }
    }

    private func memcmpEqual(_ stored: UnsafeBufferPointer<UInt8>, _ bytes: UnsafeBufferPointer<UInt8>, _ start: Int) -> Bool {
        guard let a = stored.baseAddress, let b = bytes.baseAddress else { return stored.isEmpty }
        return memcmp(a, b + start, stored.count) == 0
    }
}
