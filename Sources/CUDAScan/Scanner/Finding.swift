/// One place in the code that ties it to CUDA, with what replaces it on each target.
public struct Finding: Sendable, Codable, Hashable {
    /// The file, relative to the scan root, `/`-separated.
    public var file: String
    /// 1-based line.
    public var line: Int
    /// 1-based column, in bytes of UTF-8.
    public var column: Int
    /// The symbol exactly as it appears in the code (or the construct, e.g. `<<<>>>`).
    public var symbol: String
    /// The catalog key the symbol was looked up under (namespaced outside C/C++ and Python APIs).
    public var key: String
    /// The API family.
    public var family: String
    /// What sort of thing the symbol is (function, type, header, …); `unknown` when the catalog lacks it.
    public var kind: String
    /// The language of the file.
    public var language: Language
    /// Whether the catalog knows the symbol; false for prefix-only matches, whose efforts are not assessed.
    public var cataloged: Bool
    /// The replacement on each target the catalog knows (always `hip` and `ascend`).
    public var mappings: [Target: Mapping]
    /// The source line, trimmed, for display and for matching findings across scans.
    public var snippet: String

    /// Creates a finding.
    public init(file: String, line: Int, column: Int, symbol: String, key: String, family: String, kind: String,
                language: Language, cataloged: Bool, mappings: [Target: Mapping], snippet: String) {
        self.file = file
        self.line = line
        self.column = column
        self.symbol = symbol
        self.key = key
        self.family = family
        self.kind = kind
        self.language = language
        self.cataloged = cataloged
        self.mappings = mappings
        self.snippet = snippet
    }

    /// An empty finding whose fields hold no heap storage (used when findings are moved between arrays).
    static let placeholder = Finding(file: "", line: 0, column: 0, symbol: "", key: "", family: "", kind: "", language: .cpp,
                                     cataloged: false, mappings: [:], snippet: "")

    /// The effort on `target`, or nil when no mapping exists for it.
    public func effort(for target: Target) -> Effort? { mappings[target]?.effort }
}
