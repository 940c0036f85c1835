/// A lexer that finds candidate CUDA ties in one file's bytes.
public protocol SourceLexer: Sendable {
    /// The candidates in `bytes`, in source order.
    func candidates(in bytes: UnsafeBufferPointer<UInt8>) -> [Candidate]
    /// The candidates plus the CUDA-prefixed names the file defines or declares itself.
    func lex(_ bytes: UnsafeBufferPointer<UInt8>) -> LexResult
    /// Like `lex(_:)`, sharing symbol strings through a worker's interner.
    func lex(_ bytes: UnsafeBufferPointer<UInt8>, interner: SymbolInterner) -> LexResult
}

/// What a lexer found in one file.
public struct LexResult: Sendable {
    /// Candidate ties in source order.
    public var candidates: [Candidate]
    /// CUDA-prefixed names the file defines (`#define`) or declares (variables, functions): the project's own names.
    public var ownNames: Set<String>
    /// Why the file could not be read as its language at all (a notebook that is not JSON), so the scan lists it
    /// as skipped instead of silently finding nothing; nil for every file a lexer could read.
    public var unreadable: String?

    /// Creates a result.
    public init(candidates: [Candidate], ownNames: Set<String> = [], unreadable: String? = nil) {
        self.candidates = candidates
        self.ownNames = ownNames
        self.unreadable = unreadable
    }
}

extension SourceLexer {
    /// By default a lexer reports no own names.
    public func lex(_ bytes: UnsafeBufferPointer<UInt8>) -> LexResult { LexResult(candidates: candidates(in: bytes)) }

    /// By default the interner is not used.
    public func lex(_ bytes: UnsafeBufferPointer<UInt8>, interner: SymbolInterner) -> LexResult { lex(bytes) }
}
