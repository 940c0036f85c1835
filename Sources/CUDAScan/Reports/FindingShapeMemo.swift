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

    private var byMeaning: [ObjectIdentifier: Entry] = [:]
    private var byKey: [String: Entry] = [:]
    /// How many meaning objects may be remembered by identity: a report of stored findings has one per finding.
    private let identityLimit = 65_536

    /// What was remembered for `finding`'s shape, if anything.
    mutating func value(for finding: UnsafePointer<Finding>) -> Value? {
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
        if byMeaning.count < identityLimit { byMeaning[ObjectIdentifier(finding.pointee.meaning)] = made }
        byKey[finding.pointee.key] = made
        return value
    }

    private func entry(_ finding: UnsafePointer<Finding>, _ value: Value) -> Entry {
        Entry(symbol: finding.pointee.symbol, language: finding.pointee.language, meaning: finding.pointee.meaning,
              value: value)
    }
}
