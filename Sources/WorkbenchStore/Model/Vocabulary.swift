/// A closed set of words stored as text (a target, a status, a kind …).
///
/// Each vocabulary names itself (`field`) so a bad word gets a message listing the
/// accepted ones, and the schema's CHECK constraints are built from `allCases`.
public protocol Vocabulary: RawRepresentable, CaseIterable, Codable, Hashable, Sendable
where RawValue == String {
    /// The field name used in messages, e.g. "target".
    static var field: String { get }
}

extension Vocabulary {
    /// Parses `word` (exact, lower-case), or throws a message listing the accepted words.
    public static func parse(_ word: String) throws(StoreError) -> Self {
        if let value = Self(rawValue: word) { return value }
        if let value = Self(rawValue: word.lowercased()) { return value }
        throw StoreError.invalidValue(
            field: field, value: word, reason: "expected one of \(acceptedWords)")
    }

    /// The accepted words, comma-separated, for help text and messages.
    public static var acceptedWords: String {
        allCases.map(\.rawValue).joined(separator: ", ")
    }

}
