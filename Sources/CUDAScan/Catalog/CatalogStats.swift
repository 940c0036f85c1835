/// Counts for `catalog stats`.
public struct CatalogStats: Sendable, Hashable {
    /// Per family: entries, and per target how many have a mapping and how many a replacement.
    public struct FamilyRow: Sendable, Hashable {
        /// The family.
        public var family: String
        /// Entries in the family (wildcard rules included).
        public var entries: Int
        /// Per target, entries with a mapping (own or via the family default).
        public var mapped: [Target: Int]
        /// Per target, entries whose mapping names a replacement.
        public var withReplacement: [Target: Int]
        /// Per target, entries whose mapping is an answer: a replacement, or none with a reason (`Mapping.isAnswer`).
        /// A `?` family default is no answer.
        public var answered: [Target: Int] = [:]

        /// The share (0…1) of entries with a replacement on `target`.
        public func replacementShare(_ target: Target) -> Double {
            entries == 0 ? 0 : Double(withReplacement[target] ?? 0) / Double(entries)
        }

        /// The share (0…1) of entries with an answer on `target`.
        public func answerShare(_ target: Target) -> Double {
            entries == 0 ? 0 : Double(answered[target] ?? 0) / Double(entries)
        }
    }

    /// Rows sorted by family name.
    public var families: [FamilyRow]
    /// Total entries.
    public var total: Int
}
