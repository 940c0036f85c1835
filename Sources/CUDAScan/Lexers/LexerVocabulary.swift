/// What the lexers need to know about the catalog, in forms they can test on raw bytes.
///
/// A class: every file's lexer holds the vocabulary, and copying a struct of eight collections cost sixteen reference
/// count operations per file.
public final class LexerVocabulary: Sendable {
    /// The first-two-byte filter for C/C++ identifiers.
    public let gate: IdentifierGate
    /// Exact C/C++ symbols of the catalog.
    public let symbols: SymbolHashSet
    /// Literal prefixes of C/C++ wildcard rules (`thrust::`, `cub::`, `at::cuda::`).
    public let chainPrefixes: [[UInt8]]
    /// Heads of dotted Python names the catalog knows.
    public let pythonHeads: Set<String>
    /// The same heads as hashes, for byte-level tests.
    public let pythonHeadHashes: SymbolHashSet
    /// The first-two-byte filter for the heads of dotted Python names (a one-byte head admits any second byte).
    public let pythonHeadGate: IdentifierGate
    /// Exact dotted Python symbols of the catalog.
    public let pythonSymbols: SymbolHashSet
    /// Literal prefixes of Python wildcard rules (`torch.cuda.`, `torch.backends.cudnn.`).
    public let pythonPrefixes: [[UInt8]]
    /// C/C++ symbols of kind `template` (`texture`): names that are CUDA's only when followed by `<`.
    public let templateNames: Set<String>
    /// The same names as hashes, for byte-level tests.
    public let templates: SymbolHashSet
    /// The module keys of the catalog's `import:` entries (`cupy`, `numba.cuda`).
    public let importKeys: Set<String>
    /// Whether some `import:` entry is a wildcard rule, so that any import may be catalogued.
    public let importWildcards: Bool
    /// Bare library names of the `build:` namespace (`cuda`, `cudart`, `cublas`: entries of kind `library` that are
    /// not `-l` flags or `CUDA::` targets). In CMake such a word names a library only where libraries are linked;
    /// elsewhere (`add_hecbench_benchmark(NAME adam MODEL cuda)`) it is just a word.
    public let linkLibraries: Set<String>

    /// Creates a vocabulary; the Python head hashes and gate are derived from `pythonHeads`.
    public init(gate: IdentifierGate = IdentifierGate(), symbols: SymbolHashSet = SymbolHashSet(), chainPrefixes: [[UInt8]] = [],
                pythonHeads: Set<String> = [], pythonSymbols: SymbolHashSet = SymbolHashSet(), pythonPrefixes: [[UInt8]] = [],
                importKeys: Set<String> = [], importWildcards: Bool = false, templateNames: Set<String> = [],
                linkLibraries: Set<String> = []) {
        self.gate = gate
        self.symbols = symbols
        self.chainPrefixes = chainPrefixes
        self.pythonHeads = pythonHeads
        var headHashes = SymbolHashSet()
        var headGate = IdentifierGate()
        for head in pythonHeads {
            headHashes.insert(head)
            headGate.insert(head)
        }
        self.pythonHeadHashes = headHashes
        self.pythonHeadGate = headGate
        self.pythonSymbols = pythonSymbols
        self.pythonPrefixes = pythonPrefixes
        self.templateNames = templateNames
        var templates = SymbolHashSet()
        for name in templateNames { templates.insert(name) }
        self.templates = templates
        self.importKeys = importKeys
        self.importWildcards = importWildcards
        self.linkLibraries = linkLibraries
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
