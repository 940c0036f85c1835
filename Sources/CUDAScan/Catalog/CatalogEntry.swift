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
    /// The file the entry was read from (empty when it was not read from a file).
    public var originFile: String
    /// The 1-based line of `originFile` the entry was read from (0 when it was not read from a file).
    public var originLine: Int

    /// Where the entry was read from, as `file:line`, or empty. Kept as file and line and formatted on demand: the
    /// catalog loads on every scan, and formatting ten thousand places no one reads showed up in its profile.
    public var origin: String { originFile.isEmpty ? "" : "\(originFile):\(originLine)" }

    /// Creates an entry.
    public init(symbol: String, kind: String, family: String, mappings: [Target: TargetMapping], originFile: String = "",
                originLine: Int = 0) {
        self.symbol = symbol
        self.kind = kind
        self.family = family
        self.mappings = mappings
        self.originFile = originFile
        self.originLine = originLine
    }

    /// Whether the symbol is a wildcard rule (contains `*`) rather than one name.
    public var isWildcard: Bool { symbol.utf8.contains(42) }
}
