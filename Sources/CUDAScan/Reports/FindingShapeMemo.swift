/// Remembers what a report writer rendered for one shape of finding — its symbol, language and meaning — so
/// that the rest of a row is rendered once per shape, not once per finding.
///
/// Scanned findings of one catalog key share their `Finding.Meaning` object, so most lookups are an identity
/// hash and a string comparison of shared storage. Findings whose meanings are separate but equal (each scan
/// worker makes its own; findings read back from a store each have one) are matched by key and value, and
/// the matching object is then remembered too.
struct FindingShapeMemo<Value> {
    /// One remembered shape. It holds its meaning, so the meaning's identifier is never reused while it lives.
    private final class Entry {
        let symbol: String
        let language: Language
        let meaning: Finding.Meaning
        let value: Value

        init(symbol: String, language: Language, meaning: Finding.Meaning, value: Value) {
            self.symbol = symbol
            self.language = language
            self.meaning = meaning
            self.value = value
        }

        func matches(_ finding: UnsafePointer<Finding>) -> Bool {
            language == finding.pointee.language && symbol == finding.pointee.symbol && meaning == finding.pointee.meaning
        }
    }

    /// Recently seen shapes by the bits of their meaning and symbol (`FindingStorageBits`), so most lookups touch
    /// no object that other threads share. A slot's entry holds the meaning and symbol its bits came from.
    private struct FrontSlot {
        var meaning: UInt = 0
        var symbol: FindingStorageBits.StringBits = (0, 0)
        var language = Language.cpp
        var entry: Unmanaged<Entry>?
    }

    private static var frontSize: Int { 256 }
    private var front = [FrontSlot](repeating: FrontSlot(), count: Self.frontSize)
    /// The entries the front slots point to, held strongly.
    private var frontOwners = [Entry?](repeating: nil, count: Self.frontSize)
    private let layout = FindingStorageBits.Layout()

    private var byMeaning: [ObjectIdentifier: Entry] = [:]
    private var byKey: [String: Entry] = [:]
    /// How many meaning objects may be remembered by identity: a report of stored findings has one per finding.
    private let identityLimit = 65_536

    /// What was remembered for `finding`'s shape, if anything.
    mutating func value(for finding: UnsafePointer<Finding>) -> Value? {
        guard let layout else { return slowValue(for: finding) }
        let meaning = layout.meaning(finding), symbol = layout.symbol(finding), language = finding.pointee.language
        let slot = Self.frontSlot(meaning, symbol)
        let known = front.withUnsafeBufferPointer { slots -> Unmanaged<Entry>? in
            let candidate = slots[slot]
            guard candidate.meaning == meaning, FindingStorageBits.same(candidate.symbol, symbol),
                  candidate.language == language else { return nil }
            return candidate.entry
        }
        if let known { return known._withUnsafeGuaranteedRef { $0.value } }
        guard let value = slowValue(for: finding) else { return nil }
        // An entry made from the finding itself, whose meaning and symbol have these bits.
        putInFront(entry(finding, value), at: slot, meaning: meaning, symbol: symbol)
        return value
    }

    @inline(__always)
    private static func frontSlot(_ meaning: UInt, _ symbol: FindingStorageBits.StringBits) -> Int {
        let mixed = (UInt64(truncatingIfNeeded: meaning) ^ symbol.0 ^ (symbol.1 &* 31)) &* 0x9E37_79B9_7F4A_7C15
        return Int(truncatingIfNeeded: mixed >> 56) & (frontSize - 1)
    }

    /// Points a front slot at `entry`, whose meaning and symbol have these bits.
    private mutating func putInFront(_ entry: Entry, at slot: Int, meaning: UInt, symbol: FindingStorageBits.StringBits) {
        frontOwners[slot] = entry
        front[slot] = FrontSlot(meaning: meaning, symbol: symbol, language: entry.language, entry: Unmanaged.passUnretained(entry))
    }

    private mutating func slowValue(for finding: UnsafePointer<Finding>) -> Value? {
        let id = ObjectIdentifier(finding.pointee.meaning)
        if let known = byMeaning[id], known.matches(finding) { return known.value }
        guard let known = byKey[finding.pointee.key], known.matches(finding) else { return nil }
        if byMeaning.count < identityLimit { byMeaning[id] = entry(finding, known.value) }
        return known.value
    }

    /// Remembers `value` for `finding`'s shape, and returns it.
    @discardableResult
    mutating func remember(_ value: Value, for finding: UnsafePointer<Finding>) -> Value {
        let made = entry(finding, value)
        if let layout {
            let meaning = layout.meaning(finding), symbol = layout.symbol(finding)
            putInFront(made, at: Self.frontSlot(meaning, symbol), meaning: meaning, symbol: symbol)
        }
        if byMeaning.count < identityLimit { byMeaning[ObjectIdentifier(finding.pointee.meaning)] = made }
        byKey[finding.pointee.key] = made
        return value
    }

    private func entry(_ finding: UnsafePointer<Finding>, _ value: Value) -> Entry {
        Entry(symbol: finding.pointee.symbol, language: finding.pointee.language, meaning: finding.pointee.meaning,
              value: value)
    }
}
