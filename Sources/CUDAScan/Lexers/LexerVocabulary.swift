/// What the lexers need to know about the catalog, in forms they can test on raw bytes.
public struct LexerVocabulary: Sendable {
    /// The first-two-byte filter for C/C++ identifiers.
    public var gate: IdentifierGate
    /// Exact C/C++ symbols of the catalog.
    public var symbols: SymbolHashSet
    /// Literal prefixes of C/C++ wildcard rules (`thrust::`, `cub::`, `at::cuda::`).
    public var chainPrefixes: [[UInt8]]
    /// Heads of dotted Python names the catalog knows.
    public var pythonHeads: Set<String>
    /// The same heads as hashes, for byte-level tests.
    public var pythonHeadHashes: SymbolHashSet
    /// The first-two-byte filter for the heads of dotted Python names (a one-byte head admits any second byte).
    public var pythonHeadGate = IdentifierGate()
    /// Exact dotted Python symbols of the catalog.
    public var pythonSymbols = SymbolHashSet()
    /// Literal prefixes of Python wildcard rules (`torch.cuda.`, `torch.backends.cudnn.`).
    public var pythonPrefixes: [[UInt8]] = []

    /// Creates a vocabulary.
    public init(gate: IdentifierGate = IdentifierGate(), symbols: SymbolHashSet = SymbolHashSet(), chainPrefixes: [[UInt8]] = [],
                pythonHeads: Set<String> = [], pythonHeadHashes: SymbolHashSet = SymbolHashSet()) {
        self.gate = gate
        self.symbols = symbols
        self.chainPrefixes = chainPrefixes
        self.pythonHeads = pythonHeads
        self.pythonHeadHashes = pythonHeadHashes
    }

    /// Whether `bytes[start..<end]` (a qualified name) starts with a wildcard rule's literal prefix.
    func chainMatchesRule(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, python: Bool = false) -> Bool {
        for prefix in python ? pythonPrefixes : chainPrefixes where prefix.count <= end - start {
            var k = 0
            while k < prefix.count, bytes[start + k] == prefix[k] { k += 1 }
            if k == prefix.count { return true }
        }
        return false
    }
}
