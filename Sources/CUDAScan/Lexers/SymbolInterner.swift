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
    // every lookup). Hashes and strings are kept apart and by hand: probing reads only the hashes, and growing moves
    // the strings bit for bit (copying an array of them retained each string and then released the old copy, a cache
    // miss apiece). A string is initialised exactly where its hash is not 0.
    private var hashes: UnsafeMutableBufferPointer<UInt64>
    private var texts: UnsafeMutablePointer<String>
    private var count = 0

    /// Creates an empty interner.
    public init() {
        (hashes, texts) = Self.allocate(1024)
    }

    deinit {
        for index in hashes.indices where hashes[index] != 0 { (texts + index).deinitialize(count: 1) }
        hashes.deallocate()
        texts.deallocate()
    }

    private static func allocate(_ capacity: Int) -> (UnsafeMutableBufferPointer<UInt64>, UnsafeMutablePointer<String>) {
        let hashes = UnsafeMutableBufferPointer<UInt64>.allocate(capacity: capacity)
        hashes.initialize(repeating: 0)
        return (hashes, UnsafeMutablePointer<String>.allocate(capacity: capacity))
    }

    /// The string for `bytes[start..<end]`, shared with earlier identical symbols.
    public func string(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> String {
        // Up to 15 bytes of UTF-8 fit inside the string value itself: no storage to share, and hashing would cost
        // more than decoding.
        if end - start <= 15 { return Bytes.text(bytes, start, end) }
        let hash = max(1, Bytes.hash(bytes, start, end))
        let mask = hashes.count - 1
        var index = Int(truncatingIfNeeded: hash) & mask
        while hashes[index] != 0 {
            if hashes[index] == hash {
                // A hash collision keeps the first string; the newcomer is simply not shared.
                return equal(texts + index, bytes, start, end) ? texts[index] : Bytes.text(bytes, start, end)
            }
            index = (index + 1) & mask
        }
        let text = Bytes.text(bytes, start, end)
        hashes[index] = hash
        (texts + index).initialize(to: text)
        count += 1
        if count * 2 > hashes.count { grow() }
        return text
    }

    private func grow() {
        let (oldHashes, oldTexts) = (hashes, texts)
        (hashes, texts) = Self.allocate(oldHashes.count * 2)
        let mask = hashes.count - 1
        for old in oldHashes.indices where oldHashes[old] != 0 {
            var index = Int(truncatingIfNeeded: oldHashes[old]) & mask
            while hashes[index] != 0 { index = (index + 1) & mask }
            hashes[index] = oldHashes[old]
            (texts + index).moveInitialize(from: oldTexts + old, count: 1)
        }
        oldHashes.deallocate()
        oldTexts.deallocate()
    }

    /// Whether the stored string holds exactly `bytes[start..<end]`, compared in place.
    private func equal(_ stored: UnsafeMutablePointer<String>, _ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        stored.pointee.utf8.withContiguousStorageIfAvailable { text in
            guard text.count == end - start, let a = text.baseAddress, let b = bytes.baseAddress else { return false }
            return memcmp(a, b + start, text.count) == 0
        } ?? false
    }
}
