/// Turns lexer candidates into findings by looking them up in the catalog.
public struct FindingResolver: Sendable {
    /// The catalog used.
    public let catalog: Catalog
    /// The Ascend chip generation whose efforts apply.
    public let generation: ChipGeneration

    /// Creates a resolver.
    public init(catalog: Catalog, generation: ChipGeneration) {
        self.catalog = catalog
        self.generation = generation
    }

    /// The note and effort given to a target the catalog has no mapping for.
    ///
    /// Efforts are always one of the four words; an unassessed one is `rewrite` and says so in its note,
    /// and the finding's `cataloged` flag is false when the symbol itself is unknown.
    public static let unassessedNote = "not in the catalog: replacement unknown, effort not assessed (shown as rewrite)"

    /// What a catalog key resolves to, shared by every finding with that key.
    struct Resolution {
        let family: String
        let kind: String
        let mappings: [Target: Mapping]
    }

    /// Per-worker memo of key resolutions (nil: the catalog lacks the key), so repeated symbols cost one lookup.
    final class Cache {
        var byKey: [String: Resolution?] = [:]
        var byFamily: [String: [Target: Mapping]] = [:]
        init() {}
    }

    /// Like `resolve(_:file:language:)`, memoising catalog work in `cache` and appending the finding (if any) to `findings`
    /// in place, which spares a copy per finding.
    func resolve(_ candidate: Candidate, file: String, language: Language, cache: Cache, into findings: inout [Finding]) {
        let resolution: Resolution?
        if let known = cache.byKey[candidate.key] {
            resolution = known
        } else {
            resolution = resolveKey(candidate.key)
            cache.byKey[candidate.key] = .some(resolution)
        }
        if let resolution {
            findings.append(Finding(file: file, line: candidate.line, column: candidate.column, symbol: candidate.symbol,
                                    key: candidate.key, family: resolution.family, kind: resolution.kind, language: language,
                                    cataloged: true, mappings: resolution.mappings, snippet: candidate.snippet))
            return
        }
        guard let family = candidate.fallbackFamily else { return }
        let mappings: [Target: Mapping]
        if let known = cache.byFamily[family] {
            mappings = known
        } else {
            mappings = familyMappings(family)
            cache.byFamily[family] = mappings
        }
        findings.append(Finding(file: file, line: candidate.line, column: candidate.column, symbol: candidate.symbol,
                                key: candidate.key, family: family, kind: "unknown", language: language, cataloged: false,
                                mappings: mappings, snippet: candidate.snippet))
    }

    private func resolveKey(_ key: String) -> Resolution? {
        guard let (entry, match) = catalog.lookup(key) else { return nil }
        var mappings: [Target: Mapping] = [:]
        for target in Target.allCases {
            if let mapping = catalog.mapping(for: entry, target: target, wildcardMatch: match) {
                mappings[target] = mapping.resolved(on: generation)
            }
        }
        fillRequired(&mappings)
        return Resolution(family: entry.family, kind: entry.kind, mappings: mappings)
    }

    private func familyMappings(_ family: String) -> [Target: Mapping] {
        var mappings: [Target: Mapping] = [:]
        for target in Target.allCases {
            if let fallback = catalog.familyDefaults[family]?[target] { mappings[target] = fallback.resolved(on: generation) }
        }
        fillRequired(&mappings)
        return mappings
    }

    /// The finding for one candidate, or nil when the catalog does not know it and it has no fallback family.
    public func resolve(_ candidate: Candidate, file: String, language: Language) -> Finding? {
        if let (entry, match) = catalog.lookup(candidate.key) {
            var mappings: [Target: Mapping] = [:]
            for target in Target.allCases {
                if let mapping = catalog.mapping(for: entry, target: target, wildcardMatch: match) {
                    mappings[target] = mapping.resolved(on: generation)
                }
            }
            fillRequired(&mappings)
            return Finding(file: file, line: candidate.line, column: candidate.column, symbol: candidate.symbol,
                           key: candidate.key, family: entry.family, kind: entry.kind, language: language, cataloged: true,
                           mappings: mappings, snippet: candidate.snippet)
        }
        guard let family = candidate.fallbackFamily else { return nil }
        var mappings: [Target: Mapping] = [:]
        for target in Target.allCases {
            if let fallback = catalog.familyDefaults[family]?[target] { mappings[target] = fallback.resolved(on: generation) }
        }
        fillRequired(&mappings)
        return Finding(file: file, line: candidate.line, column: candidate.column, symbol: candidate.symbol, key: candidate.key,
                       family: family, kind: "unknown", language: language, cataloged: false, mappings: mappings,
                       snippet: candidate.snippet)
    }

    /// Every finding carries `hip` and `ascend`; a missing one is marked unassessed.
    private func fillRequired(_ mappings: inout [Target: Mapping]) {
        for target in [Target.hip, .ascend] where mappings[target] == nil {
            mappings[target] = Mapping(replacement: nil, effort: .rewrite, note: Self.unassessedNote)
        }
    }
}
