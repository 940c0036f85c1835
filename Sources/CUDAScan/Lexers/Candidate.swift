/// A possible CUDA tie found by a lexer, before the catalog decides what it is.
public struct Candidate: Sendable, Hashable {
    /// The text as it appears in the code (`cudaMalloc`, `torch.cuda.synchronize`, `<<<>>>`, `cupy-cuda12x`).
    public var symbol: String
    /// The catalog key to look up (often the symbol; namespaced or normalised outside C/C++).
    public var key: String
    /// 1-based line.
    public var line: Int
    /// 1-based column, counted in bytes of UTF-8.
    public var column: Int
    /// The family to report when the catalog lacks the key; nil means "drop unless catalogued".
    public var fallbackFamily: String?
    /// The source line, trimmed, for display and for matching findings across scans.
    public var snippet: String

    /// Creates a candidate.
    public init(symbol: String, key: String, line: Int, column: Int, fallbackFamily: String? = nil, snippet: String = "") {
        self.symbol = symbol
        self.key = key
        self.line = line
        self.column = column
        self.fallbackFamily = fallbackFamily
        self.snippet = snippet
    }
}
