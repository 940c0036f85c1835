/// One place in the code that ties it to CUDA, with what replaces it on each target.
///
/// What the catalog says about the symbol (key, family, kind, mappings) lives in one shared, immutable
/// `Finding.Meaning`: a scan makes hundreds of thousands of findings from a few hundred catalog keys, and
/// copying, comparing or freeing a finding then touches one reference instead of four strings and a dictionary.
public struct Finding: Sendable, Hashable {
    /// The file, relative to the scan root, `/`-separated.
    public var file: String
    /// 1-based line.
    public var line: Int
    /// 1-based column, in bytes of UTF-8.
    public var column: Int
    /// The symbol exactly as it appears in the code (or the construct, e.g. `<<<>>>`).
    public var symbol: String
    /// The language of the file.
    public var language: Language
    /// The source line, trimmed, for display and for matching findings across scans.
    public var snippet: String
    /// What the catalog says about the symbol, shared by every finding of one catalog key.
    public private(set) var meaning: Meaning

    /// What the catalog says about one key: shared, never mutated (a changed field gets a new object).
    public final class Meaning: Sendable, Hashable {
        /// The catalog key the symbol was looked up under.
        public let key: String
        /// The API family.
        public let family: String
        /// What sort of thing the symbol is; `unknown` when the catalog lacks it.
        public let kind: String
        /// Whether the catalog knows the symbol.
        public let cataloged: Bool
        /// The replacement on each target the catalog knows.
        public let mappings: [Target: Mapping]

        /// Creates a meaning.
        public init(key: String, family: String, kind: String, cataloged: Bool, mappings: [Target: Mapping]) {
            self.key = key
            self.family = family
            self.kind = kind
            self.cataloged = cataloged
            self.mappings = mappings
        }

        /// The effort on `target`, or nil when no mapping exists for it.
        public func effort(for target: Target) -> Effort? { mappings[target]?.effort }

        /// Equal fields (the same object trivially).
        public static func == (a: Meaning, b: Meaning) -> Bool {
            a === b || (a.key == b.key && a.family == b.family && a.kind == b.kind && a.cataloged == b.cataloged
                        && a.mappings == b.mappings)
        }

        /// Hashes the key and family (enough to spread meanings; equality decides).
        public func hash(into hasher: inout Hasher) {
            hasher.combine(key)
            hasher.combine(family)
        }

        func with(key: String? = nil, family: String? = nil, kind: String? = nil, cataloged: Bool? = nil,
                  mappings: [Target: Mapping]? = nil) -> Meaning {
            Meaning(key: key ?? self.key, family: family ?? self.family, kind: kind ?? self.kind,
                    cataloged: cataloged ?? self.cataloged, mappings: mappings ?? self.mappings)
        }
    }

    /// The catalog key the symbol was looked up under (namespaced outside C/C++ and Python APIs).
    public var key: String {
        get { meaning.key }
        set { meaning = meaning.with(key: newValue) }
    }
    /// The API family.
    public var family: String {
        get { meaning.family }
        set { meaning = meaning.with(family: newValue) }
    }
    /// What sort of thing the symbol is (function, type, header, …); `unknown` when the catalog lacks it.
    public var kind: String {
        get { meaning.kind }
        set { meaning = meaning.with(kind: newValue) }
    }
    /// Whether the catalog knows the symbol; false for prefix-only matches, whose efforts are not assessed.
    public var cataloged: Bool {
        get { meaning.cataloged }
        set { meaning = meaning.with(cataloged: newValue) }
    }
    /// The replacement on each target the catalog knows (always `hip` and `ascend`).
    public var mappings: [Target: Mapping] {
        get { meaning.mappings }
        set { meaning = meaning.with(mappings: newValue) }
    }

    /// Creates a finding.
    public init(file: String, line: Int, column: Int, symbol: String, key: String, family: String, kind: String,
                language: Language, cataloged: Bool, mappings: [Target: Mapping], snippet: String) {
        self.init(file: file, line: line, column: column, symbol: symbol, language: language, snippet: snippet,
                  meaning: Meaning(key: key, family: family, kind: kind, cataloged: cataloged, mappings: mappings))
    }

    /// Creates a finding that shares `meaning` with others of the same catalog key.
    public init(file: String, line: Int, column: Int, symbol: String, language: Language, snippet: String, meaning: Meaning) {
        self.file = file
        self.line = line
        self.column = column
        self.symbol = symbol
        self.language = language
        self.snippet = snippet
        self.meaning = meaning
    }

    /// The effort on `target`, or nil when no mapping exists for it.
    public func effort(for target: Target) -> Effort? { meaning.effort(for: target) }

    /// Equal places, symbols, snippets and meanings.
    public static func == (a: Finding, b: Finding) -> Bool {
        a.line == b.line && a.column == b.column && a.language == b.language && a.file == b.file && a.symbol == b.symbol
            && a.snippet == b.snippet && a.meaning == b.meaning
    }

    /// Hashes the place and symbol.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(file)
        hasher.combine(line)
        hasher.combine(column)
        hasher.combine(symbol)
        hasher.combine(meaning)
    }
}

extension Finding: Codable {
    private enum CodingKeys: String, CodingKey {
        case file, line, column, symbol, key, family, kind, language, cataloged, mappings, snippet
    }

    /// Decodes the flat form `encode(to:)` writes.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(file: try c.decode(String.self, forKey: .file), line: try c.decode(Int.self, forKey: .line),
                  column: try c.decode(Int.self, forKey: .column), symbol: try c.decode(String.self, forKey: .symbol),
                  key: try c.decode(String.self, forKey: .key), family: try c.decode(String.self, forKey: .family),
                  kind: try c.decode(String.self, forKey: .kind), language: try c.decode(Language.self, forKey: .language),
                  cataloged: try c.decode(Bool.self, forKey: .cataloged),
                  mappings: try c.decode([Target: Mapping].self, forKey: .mappings),
                  snippet: try c.decode(String.self, forKey: .snippet))
    }

    /// Encodes every field flat, the meaning's included.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(file, forKey: .file)
        try c.encode(line, forKey: .line)
        try c.encode(column, forKey: .column)
        try c.encode(symbol, forKey: .symbol)
        try c.encode(key, forKey: .key)
        try c.encode(family, forKey: .family)
        try c.encode(kind, forKey: .kind)
        try c.encode(language, forKey: .language)
        try c.encode(cataloged, forKey: .cataloged)
        try c.encode(mappings, forKey: .mappings)
        try c.encode(snippet, forKey: .snippet)
    }
}
