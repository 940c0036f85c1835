/// Lexes C, C++ and CUDA sources: skips comments and literals, reads preprocessor lines,
/// and reports identifiers the catalog may know, `#include`d headers, `<<<…>>>` launches and `asm` blocks.
public struct CFamilyLexer: SourceLexer {
    /// What the catalog knows, in byte-level form.
    public let vocabulary: LexerVocabulary
    /// Whether the file is CUDA source (`.cu`, `.cuh`), where every `asm` block is PTX.
    public let isCUDASource: Bool
    /// Whether candidates carry their source line; without, every snippet is empty.
    public let snippets: Bool

    /// Creates a lexer.
    public init(vocabulary: LexerVocabulary, isCUDASource: Bool, snippets: Bool = true) {
        self.vocabulary = vocabulary
        self.isCUDASource = isCUDASource
        self.snippets = snippets
    }

    /// The candidates in `bytes`.
    public func candidates(in bytes: UnsafeBufferPointer<UInt8>) -> [Candidate] { lex(bytes).candidates }

    /// The candidates and the CUDA-prefixed names the file defines or declares.
    public func lex(_ bytes: UnsafeBufferPointer<UInt8>) -> LexResult { lex(bytes, interner: SymbolInterner()) }

    /// The candidates and the CUDA-prefixed names the file defines or declares, sharing symbol strings.
    public func lex(_ bytes: UnsafeBufferPointer<UInt8>, interner: SymbolInterner) -> LexResult {
        var state = CFamilyLexerState(bytes: bytes, vocabulary: vocabulary, isCUDASource: isCUDASource, snippets: snippets,
                                      interner: interner)
        state.run()
        // A project's own `#define CUDA_OK …` or `CUdevice cuDevice;` is not a CUDA API, so prefix-only matches of
        // names the file itself defines or declares are dropped (catalogued names are always kept). The scanner
        // applies the same rule across files.
        let ownNames = state.definedMacros.union(state.declaredNames)
        if ownNames.isEmpty { return LexResult(candidates: state.found) }
        var candidates = state.found
        state.found = []
        for index in candidates.indices where candidates[index].fallbackFamily != nil && ownNames.contains(candidates[index].symbol) {
            candidates[index].fallbackFamily = nil
        }
        return LexResult(candidates: candidates, ownNames: ownNames)
    }
}

/// The mutable cursor of one `CFamilyLexer` run.
struct CFamilyLexerState {
    let bytes: UnsafeBufferPointer<UInt8>
    let vocabulary: LexerVocabulary
    let isCUDASource: Bool
    let snippets: Bool
    var i = 0
    var line = 1
    var lineStart = 0
    var found: [Candidate] = []
    var definedMacros: Set<String> = []
    /// Prefix-only names that the file declares (variables, parameters, functions, fields) or uses as members.
    var declaredNames: Set<String> = []
    /// Whether only blanks precede the cursor on this logical line (so `#` starts a directive).
    var atLineStart = true
    var inDirective = false
    var lastIdentifier: (start: Int, end: Int) = (0, 0)
    /// The snippet of the last line a candidate was found on; lines with many findings share one string.
    var snippetCache: (lineStart: Int, text: String) = (-1, "")

    let interner: SymbolInterner
    /// `Bytes.identBodyTable`, read once per file.
    let identTable = Bytes.identBodyTable
    /// `Bytes.cByteClasses`, read once per file.
    let byteClasses = Bytes.cByteClasses

    init(bytes: UnsafeBufferPointer<UInt8>, vocabulary: LexerVocabulary, isCUDASource: Bool, snippets: Bool,
         interner: SymbolInterner) {
        self.interner = interner
        self.bytes = bytes
        self.vocabulary = vocabulary
        self.isCUDASource = isCUDASource
        self.snippets = snippets
        // CUDA sources hold about one tie per hundred bytes; growing the array from empty cost several copies a file.
        found.reserveCapacity(min(bytes.count / 128, 4096))
    }

    /// The byte at `k`, or 0 outside the buffer.
    @inline(__always) func at(_ k: Int) -> UInt8 { k >= 0 && k < bytes.count ? bytes[k] : 0 }

    @inline(__always) mutating func newline(at k: Int) {
        line += 1
        lineStart = k + 1
    }

    /// Consumes a backslash-newline splice at the cursor, if any.
    @inline(__always) mutating func skipSplice() -> Bool {
        guard at(i) == 92 else { return false }
        if at(i + 1) == 10 { newline(at: i + 1); i += 2; return true }
        if at(i + 1) == 13, at(i + 2) == 10 { newline(at: i + 2); i += 3; return true }
        return false
    }

    /// A line's snippet through the interner: the same line repeated (a checked call, a launch) shares one string.
    func snippetText(from start: Int) -> String {
        let (s, e) = Bytes.lineRange(bytes, from: start)
        return interner.string(bytes, s, e)
    }

    mutating func snippet(from start: Int) -> String {
        guard snippets else { return "" }
        if snippetCache.lineStart != start { snippetCache = (start, snippetText(from: start)) }
        return snippetCache.text
    }

    mutating func emit(_ symbol: consuming String, key: consuming String, start: Int, fallback: String?) {
        let text = snippet(from: lineStart)
        let candidate = Candidate(symbol: symbol, key: key, line: line, column: start - lineStart + 1,
                                  fallbackFamily: fallback, snippet: text)
        // Consumed into the array: built in the call, the candidate was copied into it and the original destroyed.
        found.append(consume candidate)
    }

    mutating func run() {
        let n = bytes.count
        // Most bytes are blanks, plain punctuation or identifiers: a table tells them apart before the switch over the
        // bytes that open comments, literals, directives and launches, whose jump table mispredicted on every byte.
        let classes = byteClasses
        while i < n {
            let c = bytes[i]
            switch classes[Int(c)] {
            case Bytes.ByteClass.blank:
                // Runs of blanks (indentation) skipped in a tight loop; blanks keep `atLineStart`.
                i += 1
                while i < n, bytes[i] == 32 || bytes[i] == 9 { i += 1 }
            case Bytes.ByteClass.punctuation:
                atLineStart = false
                i += 1
            case Bytes.ByteClass.identifierStart:
                atLineStart = false
                identifier()
            default:
                special(c)
            }
        }
    }

    /// A byte that may open a comment, literal, directive, splice, launch or number, or end a line.
    mutating func special(_ c: UInt8) {
        switch c {
        case 10:
            newline(at: i)
            i += 1
            atLineStart = true
            inDirective = false
        case 92:
            if !skipSplice() { i += 1; atLineStart = false }
        case 47 where at(i + 1) == 47:
            skipLineComment()
        case 47 where at(i + 1) == 42:
            skipBlockComment()
        case 34:
            atLineStart = false
            skipQuoted(34)
        case 39:
            atLineStart = false
            skipQuoted(39)
        case 35 where atLineStart:
            atLineStart = false
            directive()
        case 60 where at(i + 1) == 60 && at(i + 2) == 60:
            atLineStart = false
            // Position and length first: decoding a long identifier before every `<<<` after it was quadratic.
            let isOperator = lastIdentifier.end == i && lastIdentifier.end - lastIdentifier.start == 8
                && Bytes.text(bytes, lastIdentifier.start, lastIdentifier.end) == "operator"
            if !isOperator { emit("<<<>>>", key: "<<<>>>", start: i, fallback: "kernel-syntax") }
            i += 3
        case 48...57:
            atLineStart = false
            skipNumber()
        default:
            atLineStart = false
            i += 1
        }
    }

    mutating func skipLineComment() {
        i += 2
        while i < bytes.count {
            if bytes[i] == 92, skipSplice() { continue }
            if bytes[i] == 10 { return }
            i += 1
        }
    }

    mutating func skipBlockComment() {
        i += 2
        while i < bytes.count {
            if bytes[i] == 42, at(i + 1) == 47 { i += 2; return }
            if bytes[i] == 10 { newline(at: i) }
            i += 1
        }
    }

    /// Skips a string or character literal that starts at the cursor; an unterminated one ends at the line end.
    mutating func skipQuoted(_ quote: UInt8) {
        i += 1
        while i < bytes.count {
            let b = bytes[i]
            if b == 92 {
                if skipSplice() { continue }
                i += 2
                continue
            }
            if b == quote { i += 1; return }
            if b == 10 { return }
            i += 1
        }
    }

    /// Skips `R"delim( … )delim"` whose `"` is at the cursor.
    mutating func skipRawString() {
        var k = i + 1
        while k < bytes.count, bytes[k] != 40, bytes[k] != 10, k - i <= 17 { k += 1 }
        guard at(k) == 40 else { skipQuoted(34); return }
        let delimiter = Array(bytes[(i + 1)..<k])
        i = k + 1
        while i < bytes.count {
            let b = bytes[i]
            if b == 10 { newline(at: i) }
            if b == 41 {
                var matched = true
                for (offset, d) in delimiter.enumerated() where at(i + 1 + offset) != d { matched = false; break }
                if matched, at(i + 1 + delimiter.count) == 34 { i += delimiter.count + 2; return }
            }
            i += 1
        }
    }

    mutating func skipNumber() {
        i += 1
        while i < bytes.count {
            let b = bytes[i]
            if Bytes.isIdentBody(b) || b == 46 { i += 1; continue }
            if b == 39, Bytes.isIdentBody(at(i + 1)) { i += 1; continue }
            if (b == 43 || b == 45), [101, 69, 112, 80].contains(bytes[i - 1]) { i += 1; continue }
            return
        }
    }

    mutating func identifier() {
        let start = i
        let end = Bytes.identifierEnd(bytes, from: i, table: identTable)
        i = end
        lastIdentifier = (start, end)
        let length = end - start
        if at(i) == 34, length <= 3, bytes[end - 1] == 82 {
            let prefix = Bytes.text(bytes, start, end)
            if ["R", "u8R", "uR", "UR", "LR"].contains(prefix) { skipRawString(); return }
        }
        if at(i) == 34 || at(i) == 39, length <= 2 { return }  // u8"…", L'x' prefixes: the literal follows
        let first = bytes[start]
        let second = length > 1 ? bytes[start + 1] : 0
        if (first == 97 && length == 3) || (first == 95 && (length == 5 || length == 7)) {
            let word = Bytes.text(bytes, start, end)
            if word == "asm" || word == "__asm__" || word == "__asm" { asmBlock(keyword: word, start: start); return }
        }
        guard vocabulary.gate.admits(first, second) else { return }
        var chainEnd = end
        while at(chainEnd) == 58, at(chainEnd + 1) == 58, Bytes.isIdentStart(at(chainEnd + 2)) {
            chainEnd = Bytes.identifierEnd(bytes, from: chainEnd + 2, table: identTable)
        }
        i = chainEnd
        // Decide on bytes first: most identifiers that pass the gate are not CUDA names and need no string.
        var fallback: String? = nil
        if chainEnd == end {
            let hash = SymbolHashSet.hash(bytes, start, end)
            if !vocabulary.symbols.contains(hash: hash) {
                guard let family = PrefixRule.family(bytes, start, end) else { return }
                fallback = family
            } else if vocabulary.templates.contains(hash: hash), vocabulary.templateNames.contains(Bytes.text(bytes, start, end)) {
                // A catalogued template (`texture`) is CUDA's only with its arguments; a plain `texture` is anyone's.
                var next = end
                while Bytes.isSpace(at(next)) { next += 1 }
                guard at(next) == 60 else { return }
            }
        } else if !vocabulary.symbols.contains(bytes, start, chainEnd), !vocabulary.chainMatchesRule(bytes, start, chainEnd) {
            return
        }
        let symbol = interner.string(bytes, start, chainEnd)
        if fallback != nil, isOwnName(start: start, end: end) {
            declaredNames.insert(symbol)
            return
        }
        emit(symbol, key: symbol, start: start, fallback: fallback)
    }
}
