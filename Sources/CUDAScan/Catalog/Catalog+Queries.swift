/// One symbol's mappings for display (`catalog show`).
public struct CatalogShowResult: Sendable, Hashable {
    /// The entry found.
    public var entry: CatalogEntry
    /// The text the `*` of a wildcard rule matched, if the entry is a rule.
    public var wildcardMatch: String?
    /// The mapping per target (own or family default), with the generation-specific efforts kept.
    public var mappings: [Target: TargetMapping]
}
extension Catalog {
    /// All entries (wildcard rules included), sorted by symbol.
    public var allEntries: [CatalogEntry] { (Array(entries.values) + wildcards).sorted { $0.symbol < $1.symbol } }

    /// The entry for `symbol` (tried as given, then under each namespace prefix) with its mappings for every target.
    public func show(_ symbol: String) -> CatalogShowResult? {
        let candidates = [symbol] + ["build:", "pip:", "docker:", "docker:pkg:", "import:"].map { $0 + symbol }
            + ["<\(symbol)>", "\"\(symbol)\""]
        for key in candidates {
            guard let (entry, match) = lookup(key) else { continue }
            var mappings: [Target: TargetMapping] = [:]
            for target in Target.allCases {
                if let mapping = mapping(for: entry, target: target, wildcardMatch: match) { mappings[target] = mapping }
            }
            return CatalogShowResult(entry: entry, wildcardMatch: match, mappings: mappings)
        }
        return nil
    }

    /// Entries whose symbol, family, kind, replacement or note contains `text` (case-insensitive), sorted by symbol.
    public func search(_ text: String, limit: Int = 200) -> [CatalogEntry] {
        CatalogSearchIndex(self).search(text, limit: limit)
    }

    /// Entries per family and target, and how many have a replacement.
    public func stats() -> CatalogStats {
        var rows: [String: CatalogStats.FamilyRow] = [:]
        for entry in allEntries {
            var row = rows[entry.family] ?? CatalogStats.FamilyRow(family: entry.family, entries: 0, mapped: [:], withReplacement: [:])
            row.entries += 1
            for target in Target.allCases {
                guard let mapping = mapping(for: entry, target: target) else { continue }
                row.mapped[target, default: 0] += 1
                if mapping.replacement != nil { row.withReplacement[target, default: 0] += 1 }
                if mapping.isAnswer { row.answered[target, default: 0] += 1 }
            }
            rows[entry.family] = row
        }
        let families = rows.values.sorted { $0.family < $1.family }
        return CatalogStats(families: families, total: families.reduce(0) { $0 + $1.entries })
    }
}
