/// Lexes Python: skips comments and ordinary strings, follows import and assignment aliases, and reports
/// dotted CUDA API names, `.cuda()` calls, CUDA-only package imports, and strings that act as code
/// (device strings such as `'cuda:0'`, the `'nccl'` backend, ONNX Runtime provider names).
public struct PythonLexer: SourceLexer {
    /// What the catalog knows, in byte-level form (heads of dotted names such as `torch`).
    public let vocabulary: LexerVocabulary
    /// Whether candidates carry their source line; without, every snippet is empty.
    public let snippets: Bool

    /// Creates a lexer.
    public init(vocabulary: LexerVocabulary, snippets: Bool = true) {
        self.vocabulary = vocabulary
        self.snippets = snippets
    }

    /// The candidates in `bytes`.
    public func candidates(in bytes: UnsafeBufferPointer<UInt8>) -> [Candidate] {
        lex(bytes, interner: SymbolInterner()).candidates
    }

    /// The candidates in `bytes`, sharing symbol strings through a worker's interner.
    public func lex(_ bytes: UnsafeBufferPointer<UInt8>, interner: SymbolInterner) -> LexResult {
        var state = PythonLexerState(bytes: bytes, vocabulary: vocabulary, snippets: snippets, interner: interner)
        state.run()
        return LexResult(candidates: state.found)
    }

    /// Components that make any dotted name a CUDA tie.
    static let cudaComponents: Set<String> = ["cuda", "cudnn", "nccl", "cudart", "is_cuda"]
}

/// The mutable cursor of one `PythonLexer` run.
struct PythonLexerState {
    let bytes: UnsafeBufferPointer<UInt8>
    let vocabulary: LexerVocabulary
    let snippets: Bool
    var heads: Set<String> { vocabulary.pythonHeads }
    var i = 0
    var line = 1
    var lineStart = 0
    var found: [Candidate] = []
    /// Local names bound by imports, mapped to the dotted path they stand for (set through `bind(_:to:)`).
    private(set) var aliases: [String: String] = [:]
    /// The alias names as hashes, for byte-level tests.
    private(set) var aliasHashes = SymbolHashSet()
    /// The first bytes of the alias names, one bit each: most identifiers are ruled out before any hashing.
    private(set) var aliasLeads: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
    /// Whether the next token starts a statement (for `import` / `from`).
    var statementStart = true
    var parenDepth = 0
    /// The snippet of the last line a candidate was found on; lines with many findings share one string.
    var snippetCache: (lineStart: Int, text: String) = (-1, "")

    let interner: SymbolInterner
    /// `Bytes.identBodyTable`, read once per file.
    let identTable = Bytes.identBodyTable
    /// `Bytes.pythonByteClasses`, read once per file.
    let byteClasses = Bytes.pythonByteClasses

    init(bytes: UnsafeBufferPointer<UInt8>, vocabulary: LexerVocabulary, snippets: Bool, interner: SymbolInterner) {
        self.interner = interner
        self.bytes = bytes
        self.vocabulary = vocabulary
        self.snippets = snippets
    }

    /// Whether `bytes[range]` spells `word`.
    @inline(__always) func spells(_ range: (Int, Int), _ word: StaticString) -> Bool {
        guard range.1 - range.0 == word.utf8CodeUnitCount else { return false }
        let w = word.utf8Start
        for k in 0..<word.utf8CodeUnitCount where bytes[range.0 + k] != w[k] { return false }
        return true
    }

    /// The byte at `k`, or 0 outside the buffer (a leading `.x` asks for the byte before the first).
    @inline(__always) func at(_ k: Int) -> UInt8 { k >= 0 && k < bytes.count ? bytes[k] : 0 }

    /// Whether some alias name starts with `byte`.
    @inline(__always) func mayBeAlias(startingWith byte: UInt8) -> Bool {
        let word: UInt64
        switch byte >> 6 {
        case 0: word = aliasLeads.0
        case 1: word = aliasLeads.1
        case 2: word = aliasLeads.2
        default: word = aliasLeads.3
        }
        return (word >> UInt64(byte & 63)) & 1 != 0
    }

    /// Binds an import alias; the hash set grows one name at a time, since rebuilding it on every import made a
    /// file of many imports take quadratic time.
    mutating func bind(_ name: String, to path: String) {
        aliases[name] = path
        aliasHashes.insert(name)
        if let lead = name.utf8.first {
            let bit = UInt64(1) << UInt64(lead & 63)
            switch lead >> 6 {
            case 0: aliasLeads.0 |= bit
            case 1: aliasLeads.1 |= bit
            case 2: aliasLeads.2 |= bit
            default: aliasLeads.3 |= bit
            }
        }
    }

    /// Starts with the aliases of an enclosing lexer (f-string fields): both are shared, not rebuilt.
    mutating func inheritAliases(from outer: PythonLexerState) {
        aliases = outer.aliases
        aliasHashes = outer.aliasHashes
        aliasLeads = outer.aliasLeads
    }

    mutating func emit(_ symbol: String, key: String, start: Int, startLine: Int? = nil, startLineStart: Int? = nil,
                       fallback: String? = nil) {
        let ls = startLineStart ?? lineStart
        if snippets, snippetCache.lineStart != ls {
            let (s, e) = Bytes.lineRange(bytes, from: ls)
            snippetCache = (ls, interner.string(bytes, s, e))
        }
        found.append(Candidate(symbol: symbol, key: key, line: startLine ?? line, column: start - ls + 1,
                               fallbackFamily: fallback, snippet: snippetCache.text))
    }

    mutating func run() {
        let n = bytes.count
        // Most bytes are blanks, plain punctuation or identifiers: a table tells them apart before the switch over the
        // bytes that matter to statements, brackets, strings and comments.
        let classes = byteClasses
        while i < n {
            let c = bytes[i]
            switch classes[Int(c)] {
            case Bytes.ByteClass.blank:
                // Runs of blanks (indentation) skipped in a tight loop rather than one trip through the switch each.
                i += 1
                while i < n, bytes[i] == 32 || bytes[i] == 9 { i += 1 }
            case Bytes.ByteClass.punctuation:
                statementStart = false
                i += 1
            case Bytes.ByteClass.identifierStart:
                word()
            default:
                special(c)
            }
        }
    }

    /// A byte that ends a line or statement, opens or closes a bracket, starts a comment or string, or may start `.name`.
    mutating func special(_ c: UInt8) {
        switch c {
        case 10:
            line += 1
            i += 1
            lineStart = i
            if parenDepth == 0 { statementStart = true }
        case 92 where at(i + 1) == 10:
            i += 2
            line += 1
            lineStart = i
        case 35:
            while i < bytes.count, bytes[i] != 10 { i += 1 }
        case 34, 39:
            statementStart = false
            string(prefixStart: i, isF: false, isRaw: false)
        case 59:
            statementStart = true
            i += 1
        case 40, 91, 123:
            parenDepth += 1
            statementStart = false
            i += 1
        case 41, 93, 125:
            parenDepth = max(0, parenDepth - 1)
            i += 1
        case 46 where Bytes.isIdentStart(at(i + 1)) && !Bytes.isDigit(at(i - 1)):
            statementStart = false
            chain(start: i)
        default:
            statementStart = false
            i += 1
        }
    }

    /// Reads an identifier: a string prefix, an import statement, or the head of a dotted name.
    mutating func word() {
        let start = i
        let k = Bytes.identifierEnd(bytes, from: i, table: identTable)
        let length = k - start
        if length <= 2, at(k) == 34 || at(k) == 39 {
            // String prefixes are r, b, u, f in either case; decided on bytes (this runs before every prefixed string).
            var isF = false, isRaw = false, isPrefix = true
            for p in start..<k {
                switch bytes[p] | 0x20 {
                case 102: isF = true
                case 114: isRaw = true
                case 98, 117: break
                default: isPrefix = false
                }
            }
            if isPrefix {
                i = k
                statementStart = false
                string(prefixStart: start, isF: isF, isRaw: isRaw)
                return
            }
        }
        if statementStart, length == 6 || length == 4 {
            let isImport = spells((start, k), "import"), isFrom = spells((start, k), "from")
            if isImport || isFrom {
                i = k
                importStatement(isFrom: isFrom)
                statementStart = false
                return
            }
        }
        let startsStatement = statementStart
        statementStart = false
        if at(k) != 46, !mayBeCUDAWord(start, k), !mayBeAlias(startingWith: bytes[start]),
           !vocabulary.pythonHeadGate.admits(bytes[start], length > 1 ? bytes[start + 1] : 0) {
            // A lone name that no alias or catalog head starts like (most names): `chain` would decide the same.
            i = k
        } else {
            chain(start: start)
        }
        // `cuda = torch.cuda` makes `cuda` an alias like `import torch.cuda as cuda` would.
        if startsStatement, i == k, let path = assignedPath(after: k) {
            bind(Bytes.text(bytes, start, k), to: path)
        }
    }

    /// The dotted path a plain assignment `name = head.a.b` at `k` (just after `name`) binds,
    /// when its head is a tracked module or alias and the right side is nothing but that name;
    /// nil otherwise (a call, an expression, a comparison).
    func assignedPath(after k: Int) -> String? {
        var r = k
        while Bytes.isSpace(at(r)) { r += 1 }
        guard at(r) == 61, at(r + 1) != 61 else { return nil }
        r += 1
        while Bytes.isSpace(at(r)) { r += 1 }
        guard Bytes.isIdentStart(at(r)) else { return nil }
        let headStart = r
        while Bytes.isIdentBody(at(r)) { r += 1 }
        let headEnd = r
        while at(r) == 46, Bytes.isIdentStart(at(r + 1)) {
            r += 1
            while Bytes.isIdentBody(at(r)) { r += 1 }
        }
        let end = r
        while Bytes.isSpace(at(r)) { r += 1 }
        let after = at(r)
        guard after == 10 || after == 13 || after == 0 || after == 35 || after == 59 else { return nil }
        // Most assignments name neither a module nor an alias: decided on bytes, before any string is made.
        let headHash = SymbolHashSet.hash(bytes, headStart, headEnd)
        guard aliasHashes.contains(hash: headHash) || vocabulary.pythonHeadHashes.contains(hash: headHash) else { return nil }
        let head = Bytes.text(bytes, headStart, headEnd)
        guard let expanded = aliases[head] ?? (heads.contains(head) ? head : nil) else { return nil }
        return expanded + Bytes.text(bytes, headEnd, end)
    }

    /// Whether `bytes[s..<e]` could spell one of the components that make any dotted name a CUDA tie (`cuda`,
    /// `cudnn`, `nccl`, `cudart`, `is_cuda`), judged on its length and first byte as `chain` does.
    @inline(__always) func mayBeCUDAWord(_ s: Int, _ e: Int) -> Bool {
        e - s >= 4 && e - s <= 7 && (bytes[s] == 99 || bytes[s] == 110 || bytes[s] == 105)
    }

    /// Whether `bytes[range]` is one of `PythonLexer.cudaComponents`, decided on bytes.
    func isCUDAComponent(_ range: (Int, Int)) -> Bool {
        spells(range, "cuda") || spells(range, "cudnn") || spells(range, "nccl") || spells(range, "cudart")
            || spells(range, "is_cuda")
    }

    /// Reads `a.b.c` (or `.b.c` after an expression) and reports it when it names a CUDA API.
    mutating func chain(start: Int) {
        var k = start
        // Component ranges are tracked without an array: this runs for every Python identifier.
        var first = (0, 0), last = (0, 0)
        var count = 0
        var interesting = false
        while true {
            if at(k) == 46 { k += 1 }
            let s = k
            k = Bytes.identifierEnd(bytes, from: k, table: identTable)
            let range = (s, k)
            if count == 0 { first = range }
            last = range
            count += 1
            if !interesting, mayBeCUDAWord(s, k) {
                interesting = isCUDAComponent(range)
            }
            if at(k) == 46, Bytes.isIdentStart(at(k + 1)) { continue }
            break
        }
        i = k
        let leadingDot = bytes[start] == 46
        if !interesting {
            guard !leadingDot else { return }
            // Neither an alias nor a catalog head can start this way: decided on two bytes, before any hashing.
            let lead = bytes[first.0], second = first.1 - first.0 > 1 ? bytes[first.0 + 1] : 0
            guard mayBeAlias(startingWith: lead) || vocabulary.pythonHeadGate.admits(lead, second) else { return }
            let headHash = SymbolHashSet.hash(bytes, first.0, first.1)
            if !aliasHashes.contains(hash: headHash) {
                // Not an alias: the name as written must be a catalog symbol or fall under a catalog rule.
                guard vocabulary.pythonHeadHashes.contains(hash: headHash),
                      vocabulary.pythonSymbols.contains(bytes, start, k)
                        || vocabulary.chainMatchesRule(bytes, start, k, python: true) else { return }
            }
        }
        var next = k
        while next < bytes.count, Bytes.isSpace(bytes[next]) { next += 1 }
        let isCall = at(next) == 40
        let lastIsCuda = spells(last, "cuda")
        if lastIsCuda, isCall, count > 1 || leadingDot {
            emit(".cuda()", key: ".cuda()", start: last.0 - 1, fallback: "pytorch")
            if count <= 2 { return }
        }
        if spells(last, "is_cuda"), count > 1 || leadingDot {
            emit(".is_cuda", key: ".is_cuda", start: last.0 - 1, fallback: "pytorch")
            return
        }
        let headText = Bytes.text(bytes, first.0, first.1)
        let expandedHead = leadingDot ? nil : aliases[headText]
        guard interesting || (!leadingDot && (heads.contains(headText) || expandedHead != nil)) else { return }
        let symbolStart = leadingDot ? start + 1 : start
        let symbol = interner.string(bytes, symbolStart, k)
        if lastIsCuda, isCall { return }
        var key = symbol
        if let expandedHead { key = expandedHead + symbol.dropFirst(headText.count) }
        let parts = key.utf8.split(separator: 46).map { String(Substring($0)) }
        let keyHead = parts.first ?? key
        let cudaInside = parts.dropLast().contains { PythonLexer.cudaComponents.contains($0) }
        let fallback: String? = (cudaInside && !leadingDot && heads.contains(keyHead))
            ? (keyHead == "torch" ? "pytorch" : "python-api") : nil
        emit(symbol, key: leadingDot ? "." + key : key, start: symbolStart, fallback: fallback)
    }
}
