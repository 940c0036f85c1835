import Foundation

/// The CUDA → target mapping catalog: entries by symbol, wildcard rules and family defaults.
public struct Catalog: Sendable {
    /// Entries keyed by their exact symbol.
    public private(set) var entries: [String: CatalogEntry] = [:]
    /// Wildcard rules, most specific (longest literal text) first.
    public private(set) var wildcards: [CatalogEntry] = []
    /// Wildcard rules by the first byte of their literal prefix (indexes into `wildcards`), for fast misses.
    private var wildcardIndex: [[(Int, WildcardPattern)]] = Array(repeating: [], count: 256)
    /// Per-family fallback mappings, by family and target.
    public private(set) var familyDefaults: [String: [Target: TargetMapping]] = [:]
    /// The first bytes of C/C++ symbols worth a dictionary lookup, so the lexer can skip the rest cheaply.
    public private(set) var identifierGate = IdentifierGate()
    /// Heads of dotted Python names the catalog knows (`torch`, `CUDAExtension`, …).
    public private(set) var pythonHeads: Set<String> = []
    /// The lexer-side view of the catalog: byte-level tests that avoid building strings for non-CUDA identifiers.
    public private(set) var vocabulary = LexerVocabulary()

    /// Creates an empty catalog.
    public init() { rebuildIndexes() }

    /// Parses catalog text (one file's worth), mainly for tests and user snippets.
    public init(text: String, fileName: String = "<memory>") throws(CatalogError) {
        let content = try CatalogFileParser(fileName: fileName).parse(text)
        merge(content)
        rebuildIndexes()
    }

    /// Loads every `*.catalog` file in the directories; later directories (and later files) override and extend earlier ones.
    public static func load(directories: [URL]) throws(CatalogError) -> Catalog {
        var urls: [URL] = []
        for directory in directories {
            let names: [String]
            do {
                names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
            } catch {
                throw .unreadable(path: directory.path, reason: "cannot list the catalog directory")
            }
            urls += names.sorted().filter { $0.hasSuffix(".catalog") }.map { directory.appendingPathComponent($0) }
        }
        // Files parse in parallel (the catalog loads on every scan); they merge in order, so later files win.
        let files = urls
        let results = LockedValue([Int: Result<CatalogFileParser.Content, CatalogError>]())
        DispatchQueue.concurrentPerform(iterations: files.count) { index in
            let url = files[index]
            let result: Result<CatalogFileParser.Content, CatalogError>
            if let data = FileManager.default.contents(atPath: url.path) {
                do throws(CatalogError) {
                    result = .success(try CatalogFileParser(fileName: url.path).parse(String(decoding: data, as: UTF8.self)))
                } catch {
                    result = .failure(error)
                }
            } else {
                result = .failure(.unreadable(path: url.path, reason: "cannot read the catalog file"))
            }
            results.withLock { $0[index] = result }
        }
        var catalog = Catalog()
        let parsed = results.withLock { $0 }
        // Sized up front: growing the table entry by entry rehashed it a dozen times on every load.
        catalog.entries.reserveCapacity(parsed.values.reduce(0) { $0 + ((try? $1.get())?.entries.count ?? 0) })
        for index in urls.indices {
            switch parsed[index] {
            case let .success(content)?: catalog.merge(content)
            case let .failure(error)?: throw error
            case nil: throw .unreadable(path: urls[index].path, reason: "cannot read the catalog file")
            }
        }
        catalog.rebuildIndexes()
        return catalog
    }

    /// Adds another catalog on top of this one, as a later directory would.
    public mutating func overlay(_ other: Catalog) {
        var content = CatalogFileParser.Content()
        content.entries = Array(other.entries.values) + other.wildcards
        content.familyDefaults = other.familyDefaults
        merge(content)
        rebuildIndexes()
    }

    private mutating func merge(_ content: CatalogFileParser.Content) {
        for entry in content.entries {
            // One hash for a new symbol (most of them); a later file's entry keeps the targets it does not map.
            if let existing = entries.updateValue(entry, forKey: entry.symbol), !existing.hasNoMappings {
                entries[entry.symbol] = existing.overridden(by: entry)
            }
        }
        for (family, mappings) in content.familyDefaults {
            familyDefaults[family, default: [:]].merge(mappings) { _, new in new }
        }
    }

    private mutating func rebuildIndexes() {
        var gate = IdentifierGate()
        var heads: Set<String> = []
        var rules: [CatalogEntry] = []
        var symbols = SymbolHashSet()
        var chainPrefixes: [[UInt8]] = []
        var pythonSymbols = SymbolHashSet()
        var pythonPrefixes: [[UInt8]] = []
        var importKeys: Set<String> = []
        var importWildcards = false
        var templateNames: Set<String> = []
        var linkLibraries: Set<String> = []
        // By index, reading only the fields needed: iterating the pairs copied every entry.
        for index in entries.indices {
            let symbol = entries.keys[index]
            let isPython = entries.values[index].kind.utf8.starts(with: "python".utf8)
            let star = symbol.utf8.firstIndex(of: 42)
            let literal = star.map { symbol.utf8[..<$0] } ?? symbol.utf8[...]
            if symbol.utf8.starts(with: "import:".utf8) {
                if star != nil { importWildcards = true } else { importKeys.insert(String(symbol.dropFirst(7))) }
            }
            if isPython {
                if let star {
                    pythonPrefixes.append(Array(symbol.utf8[..<star]))
                } else {
                    pythonSymbols.insert(symbol)
                }
                if literal.first != 46, let head = literal.split(separator: 46).first { heads.insert(String(Substring(head))) }
                if star != nil { rules.append(entries.values[index]) }
                continue
            }
            if entries.values[index].kind == "library", symbol.utf8.starts(with: "build:".utf8), star == nil {
                let name = symbol.utf8.dropFirst(6)
                if name.first != 45, !name.contains(58) { linkLibraries.insert(String(Substring(name))) }
            }
            let isCodeSymbol = !Self.isNamespaced(symbol)
            if star != nil {
                rules.append(entries.values[index])
                if isCodeSymbol { chainPrefixes.append(Array(literal)) }
            } else if isCodeSymbol {
                symbols.insert(symbol)
                if entries.values[index].kind == "template" { templateNames.insert(symbol) }
            }
            if isCodeSymbol, let first = literal.first, IdentifierGate.isIdentifierStart(first) {
                gate.insert(literal)
            }
        }
        for rule in PrefixRule.all { gate.insert(rule.prefix) }
        for rule in rules { entries[rule.symbol] = nil }
        // Most specific first: the longest literal text (the symbol without its stars), then by symbol.
        wildcards = rules.map { ($0, $0.symbol.utf8.count - $0.symbol.utf8.filter { $0 == 42 }.count) }
            .sorted { lhs, rhs in lhs.1 != rhs.1 ? lhs.1 > rhs.1 : lhs.0.symbol < rhs.0.symbol }
            .map(\.0)
        identifierGate = gate
        pythonHeads = heads
        vocabulary = LexerVocabulary(gate: gate, symbols: symbols, chainPrefixes: chainPrefixes, pythonHeads: heads,
                                     pythonSymbols: pythonSymbols, pythonPrefixes: pythonPrefixes, importKeys: importKeys,
                                     importWildcards: importWildcards, templateNames: templateNames,
                                     linkLibraries: linkLibraries)
        var index: [[(Int, WildcardPattern)]] = Array(repeating: [], count: 256)
        for (position, rule) in wildcards.enumerated() {
            let pattern = WildcardPattern(rule.symbol)
            if let first = pattern.prefix.first {
                index[Int(first)].append((position, pattern))
            } else {
                for byte in 0..<256 { index[byte].append((position, pattern)) }
            }
        }
        wildcardIndex = index
    }

    /// Key prefixes of symbols that are not C/C++ or Python names.
    static let namespaces = ["build:", "pip:", "docker:", "import:"]

    /// Whether `symbol` starts with one of `namespaces` (tested on its first byte before any prefix).
    static func isNamespaced(_ symbol: String) -> Bool {
        switch symbol.utf8.first {
        case 98: return symbol.utf8.starts(with: "build:".utf8)
        case 112: return symbol.utf8.starts(with: "pip:".utf8)
        case 100: return symbol.utf8.starts(with: "docker:".utf8)
        case 105: return symbol.utf8.starts(with: "import:".utf8)
        default: return false
        }
    }

    /// The number of entries, wildcard rules included.
    public var count: Int { entries.count + wildcards.count }

    /// The entry for an exact symbol, or the most specific wildcard rule that matches it.
    public func lookup(_ key: String) -> (entry: CatalogEntry, wildcardMatch: String?)? {
        if let entry = entries[key] { return (entry, nil) }
        guard let first = key.utf8.first else { return nil }
        var text = key
        text.makeContiguousUTF8()
        for (position, pattern) in wildcardIndex[Int(first)] {
            if let match = pattern.match(text) { return (wildcards[position], match) }
        }
        return nil
    }

    /// The mapping for `target` of an entry, falling back to the family default.
    public func mapping(for entry: CatalogEntry, target: Target, wildcardMatch: String? = nil) -> TargetMapping? {
        if let own = entry.mapping(for: target) { return own.substituting(wildcardMatch: wildcardMatch) }
        return familyDefaults[entry.family]?[target]
    }
}
