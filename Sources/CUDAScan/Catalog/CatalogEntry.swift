/// One CUDA symbol in the catalog and what replaces it on each target.
public struct CatalogEntry: Sendable, Codable, Hashable {
    /// The lookup key: the symbol, with a namespace prefix (`pip:`, `build:`, `docker:`, `import:`) outside C/C++ and Python APIs.
    public var symbol: String
    /// What sort of thing the symbol is: function, type, constant, macro, header, keyword, builtin, python-api, …
    public var kind: String
    /// The API family: runtime, driver, kernel-syntax, cublas, nccl, pytorch, build, …
    public var family: String
    /// The replacement on each target the catalog knows.
    public var mappings: [Target: TargetMapping]
    /// Where the entry was read from, as `file:line`.
    public var origin: String

    /// Creates an entry.
    public init(symbol: String, kind: String, family: String, mappings: [Target: TargetMapping], origin: String = "") {
        self.symbol = symbol
        self.kind = kind
        self.family = family
        self.mappings = mappings
        self.origin = origin
    }

    /// Whether the symbol is a wildcard rule (contains `*`) rather than one name.
    public var isWildcard: Bool { symbol.utf8.contains(42) }
}
