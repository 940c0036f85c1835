/// A table from strings to values for one worker's hot lookups: open addressing on `Bytes.hash` of the key's UTF-8.
///
/// The resolver looks up every candidate's key; a `Dictionary` hashed each key with SipHash (seeding, mixing and
/// finalising a hasher, a few percent of a scan), where the keys are short identifiers that an eight-byte-a-step hash
/// spreads as well.
struct StringKeyTable<Value> {
    private var hashes = [UInt64](repeating: 0, count: 64)
    private var keys = [String](repeating: "", count: 64)
    private var values = [Value?](repeating: nil, count: 64)
    private var count = 0

    /// The value stored for `key`, or nil.
    func value(for key: String) -> Value? {
        let hash = Self.hash(key)
        let mask = hashes.count - 1
        var index = Int(truncatingIfNeeded: hash) & mask
        while hashes[index] != 0 {
            if hashes[index] == hash, keys[index] == key { return values[index] }
            index = (index + 1) & mask
        }
        return nil
    }

    /// Stores `value` for `key`, replacing any value it had.
    mutating func set(_ value: Value, for key: String) {
        let hash = Self.hash(key)
        let mask = hashes.count - 1
        var index = Int(truncatingIfNeeded: hash) & mask
        while hashes[index] != 0 {
            if hashes[index] == hash, keys[index] == key {
                values[index] = value
                return
            }
            index = (index + 1) & mask
        }
        hashes[index] = hash
        keys[index] = key
        values[index] = value
        count += 1
        if count * 2 > hashes.count { grow() }
    }

    private mutating func grow() {
        let (oldHashes, oldKeys, oldValues) = (hashes, keys, values)
        hashes = [UInt64](repeating: 0, count: oldHashes.count * 2)
        keys = [String](repeating: "", count: oldHashes.count * 2)
        values = [Value?](repeating: nil, count: oldHashes.count * 2)
        let mask = hashes.count - 1
        for old in oldHashes.indices where oldHashes[old] != 0 {
            var index = Int(truncatingIfNeeded: oldHashes[old]) & mask
            while hashes[index] != 0 { index = (index + 1) & mask }
            hashes[index] = oldHashes[old]
            keys[index] = oldKeys[old]
            values[index] = oldValues[old]
        }
    }

    /// `Bytes.hash` of the key's UTF-8, never 0 (which marks empty slots).
    @inline(__always)
    static func hash(_ key: String) -> UInt64 {
        var key = key
        return max(1, key.withUTF8 { Bytes.hash($0, 0, $0.count) })
    }
}
