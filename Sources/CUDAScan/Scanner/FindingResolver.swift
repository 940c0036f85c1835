/// Turns lexer candidates into findings by looking them up in the catalog.
public struct FindingResolver: Sendable {
    /// The catalog used.
    public let catalog: Catalog
    /// The Ascend chip generation whose efforts apply.
    public let generation: ChipGeneration
    /// Whether findings keep their candidates' snippets; without, every snippet is empty.
    public let snippets: Bool

    /// Creates a resolver.
    public init(catalog: Catalog, generation: ChipGeneration, snippets: Bool = true) {
        self.catalog = catalog
        self.generation = generation
        self.snippets = snippets
    }

    /// The note and effort given to a target the catalog has no mapping for.
    ///
    /// Efforts are always one of the four words; an unassessed one is `rewrite` and says so in its note,
    /// and the finding's `cataloged` flag is false when the symbol itself is unknown.
    public static let unassessedNote = "not in the catalog: replacement unknown, effort not assessed (shown as rewrite)"

    /// Per-worker memo of key resolutions, so repeated symbols cost one lookup and share one `Finding.Meaning`.
    final class Cache {
        /// Catalogued keys' meanings; nil: the catalog lacks the key.
        var byKey = StringKeyTable<Finding.Meaning?>()
        /// Uncatalogued keys' meanings (under the family of the last candidate seen with that key).
        var unknownByKey = StringKeyTable<Finding.Meaning>()
        var byFamily: [String: [Target: Mapping]] = [:]
        init() {}
    }

    /// Like `resolve(_:file:language:)`, memoising catalog work in `cache` and appending the finding (if any) to `findings`
    /// in place, which spares a copy per finding.
    func resolve(_ candidate: Candidate, file: String, language: Language, cache: Cache, into findings: inout [Finding]) {
        withUnsafePointer(to: candidate) { resolve(at: $0, file: file, language: language, cache: cache, into: &findings) }
    }

    /// Like `resolve(_:file:language:cache:into:)` for the candidate at `candidate`, read field by field (passing
    /// candidates by value copied each one).
    func resolve(at candidate: UnsafePointer<Candidate>, file: String, language: Language, cache: Cache,
                 into findings: inout [Finding]) {
        let meaning: Finding.Meaning?
        if let known = cache.byKey.value(for: candidate.pointee.key) {
            meaning = known
        } else {
            meaning = resolveKey(candidate.pointee.key)
            cache.byKey.set(meaning, for: candidate.pointee.key)
        }
        if let meaning {
            findings.append(Finding(file: file, line: candidate.pointee.line, column: candidate.pointee.column,
                                    symbol: candidate.pointee.symbol, language: language, snippet: snippets ? candidate.pointee.snippet : "",
                                    meaning: meaning))
            return
        }
        guard let family = candidate.pointee.fallbackFamily else { return }
        let unknown: Finding.Meaning
        if let known = cache.unknownByKey.value(for: candidate.pointee.key), known.family == family {
            unknown = known
        } else {
            let mappings: [Target: Mapping]
            if let known = cache.byFamily[family] {
                mappings = known
            } else {
                mappings = familyMappings(family)
                cache.byFamily[family] = mappings
            }
            unknown = Finding.Meaning(key: candidate.pointee.key, family: family, kind: "unknown", cataloged: false,
                                      mappings: mappings)
            cache.unknownByKey.set(unknown, for: candidate.pointee.key)
        }
        findings.append(Finding(file: file, line: candidate.pointee.line, column: candidate.pointee.column,
                                symbol: candidate.pointee.symbol, language: language, snippet: snippets ? candidate.pointee.snippet : "",
                                meaning: unknown))
    }

    private func resolveKey(_ key: String) -> Finding.Meaning? {
        var resolvedKey = key
        var found = catalog.lookup(key)
        if found == nil {
            for prefix in Self.dottedPrefixes(of: key) {
                if let hit = catalog.lookup(prefix) {
                    (resolvedKey, found) = (prefix, hit)
                    break
                }
            }
        }
        guard let (entry, match) = found else { return nil }
        var mappings: [Target: Mapping] = [:]
        for target in Target.allCases {
            if let mapping = catalog.mapping(for: entry, target: target, wildcardMatch: match) {
                mappings[target] = mapping.resolved(on: generation)
            }
        }
        fillRequired(&mappings)
        return Finding.Meaning(key: resolvedKey, family: entry.family, kind: entry.kind, cataloged: true, mappings: mappings)
    }

    /// The shorter dotted names a Python key stands on, longest first, down to two components:
    /// `torch.version.cuda.split` → `torch.version.cuda`, `torch.version`. A method of a catalogued value (`.split` of
    /// the version string, `.scale` of a `GradScaler`) is a use of that value, so the value's entry answers for it.
    /// Empty for keys that are not plain dotted names (imports, strings, `.cuda()`, C++ names).
    static func dottedPrefixes(of key: String) -> [String] {
        guard let first = key.utf8.first, Bytes.isIdentStart(first),
              key.utf8.allSatisfy({ Bytes.isIdentBody($0) || $0 == 46 }) else { return [] }
        var parts = key.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count > 2, !parts.contains(where: \.isEmpty) else { return [] }
        var prefixes: [String] = []
        while parts.count > 2 {
            parts.removeLast()
            prefixes.append(parts.joined(separator: "."))
        }
        return prefixes
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
        var found: [Finding] = []
        resolve(candidate, file: file, language: language, cache: Cache(), into: &found)
        return found.first
    }

    /// Every finding carries `hip` and `ascend`; a missing one is marked unassessed.
    private func fillRequired(_ mappings: inout [Target: Mapping]) {
        for target in [Target.hip, .ascend] where mappings[target] == nil {
            mappings[target] = Mapping(replacement: nil, effort: .rewrite, note: Self.unassessedNote, assessed: false)
        }
    }
}
