/// The catalog's entries with their searchable text lower-cased once, so a search as you
/// type scans prepared strings instead of lower-casing thousands of them per key.
public struct CatalogSearchIndex: Sendable {
    /// Every entry, sorted by symbol.
    public let entries: [CatalogEntry]
    private let haystacks: [String]

    /// Indexes every entry of `catalog`.
    public init(_ catalog: Catalog) {
        entries = catalog.allEntries
        haystacks = entries.map { entry in
            // Fields joined by a character no search text contains, so a match never spans two.
            ([entry.symbol, entry.family, entry.kind] + entry.mappings.values.flatMap { [$0.replacement ?? "", $0.note ?? ""] })
                .joined(separator: "\u{1}").lowercased()
        }
    }

    /// Entries whose symbol, family, kind, replacement or note contains `text`
    /// (case-insensitive), sorted by symbol; at most `limit`.
    public func search(_ text: String, limit: Int = 200) -> [CatalogEntry] {
        let needle = text.lowercased()
        guard !needle.isEmpty, !needle.contains("\u{1}") else { return [] }
        var hits: [CatalogEntry] = []
        for (index, haystack) in haystacks.enumerated() where haystack.contains(needle) {
            hits.append(entries[index])
            if hits.count >= limit { break }
        }
        return hits
    }
}
