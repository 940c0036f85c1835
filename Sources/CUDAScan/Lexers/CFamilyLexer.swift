/// Lexes C, C++ and CUDA sources: skips comments and literals, reads preprocessor lines,
/// and reports identifiers the catalog may know, `#include`d headers, `<<<…>>>` launches and `asm` blocks.
public struct CFamilyLexer: SourceLexer {
    /// What the catalog knows, in byte-level form.
    public let vocabulary: LexerVocabulary
    /// Whether the file is CUDA source (`.cu`, `.cuh`), where every `asm` block is PTX.
    public let isCUDASource: Bool

    /// Creates a lexer.
    public init(vocabulary: LexerVocabulary, isCUDASource: Bool) {
        self.vocabulary = vocabulary
        self.isCUDASource = isCUDASource
    }

    /// The candidates in `bytes`.
    public func candidates(in bytes: UnsafeBufferPointer<UInt8>) -> [Candidate] {
        var state = CFamilyLexerState(bytes: bytes, vocabulary: vocabulary, isCUDASource: isCUDASource)
        state.run()
        // A project's own `#define CUDA_OK …` or `CUdevice cuDevice;` is not a CUDA API, so prefix-only matches of
        // names the file itself defines or declares are dropped (catalogued names are always kept).
        let ownNames = state.definedMacros.union(state.declaredNames)
        if ownNames.isEmpty { return state.found }
        return state.found.map { candidate in
            var c = candidate
            if ownNames.contains(c.symbol) { c.fallbackFamily = nil }
            return c
        }
    }
}

/// The mutable cursor of one `CFamilyLexer` run.
struct CFamilyLexerState {
    let bytes: UnsafeBufferPointer<UInt8>
    let vocabulary: LexerVocabulary
    let isCUDASource: Bool
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

    init(bytes: UnsafeBufferPointer<UInt8>, vocabulary: LexerVocabulary, isCUDASource: Bool) {
        self.bytes = bytes
        self.vocabulary = vocabulary
        self.isCUDASource = isCUDASource
    }

    @inline(__always) func at(_ k: Int) -> UInt8 { k < bytes.count ? bytes[k] : 0 }

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

    mutating func snippet(from start: Int) -> String {
        if snippetCache.lineStart != start { snippetCache = (start, Bytes.lineText(bytes, from: start)) }
        return snippetCache.text
    }

    mutating func emit(_ symbol: String, key: String, start: Int, fallback: String?) {
        let text = snippet(from: lineStart)
        found.append(Candidate(symbol: symbol, key: key, line: line, column: start - lineStart + 1,
                               fallbackFamily: fallback, snippet: text))
    }

    mutating func run() {
        let n = bytes.count
        while i < n {
            let c = bytes[i]
            switch c {
            case 10:
                newline(at: i)
                i += 1
                atLineStart = true
                inDirective = false
            case 32, 9, 13, 12, 11:
                i += 1
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
                let isOperator = Bytes.text(bytes, lastIdentifier.start, lastIdentifier.end) == "operator"
                    && lastIdentifier.end == i
                if !isOperator { emit("<<<>>>", key: "<<<>>>", start: i, fallback: "kernel-syntax") }
                i += 3
            case 48...57:
                atLineStart = false
                skipNumber()
            default:
                atLineStart = false
                if Bytes.isIdentStart(c) { identifier() } else { i += 1 }
            }
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
        while i < bytes.count, Bytes.isIdentBody(bytes[i]) { i += 1 }
        let end = i
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
            var k = chainEnd + 2
            while k < bytes.count, Bytes.isIdentBody(bytes[k]) { k += 1 }
            chainEnd = k
        }
        i = chainEnd
        // Decide on bytes first: most identifiers that pass the gate are not CUDA names and need no string.
        var fallback: String? = nil
        if chainEnd == end {
            if !vocabulary.symbols.contains(bytes, start, end) {
                guard let family = PrefixRule.family(bytes, start, end) else { return }
                fallback = family
            }
        } else if !vocabulary.symbols.contains(bytes, start, chainEnd), !vocabulary.chainMatchesRule(bytes, start, chainEnd) {
            return
        }
        let symbol = Bytes.text(bytes, start, chainEnd)
        if fallback != nil, isOwnName(start: start, end: end) {
            declaredNames.insert(symbol)
            return
        }
        if fallback == nil, chainEnd == end { fallback = PrefixRule.family(bytes, start, end) }
        emit(symbol, key: symbol, start: start, fallback: fallback)
    }

    /// Whether the identifier at `start..<end` is a member (`x.cuFoo`, `p->cuFoo`) or is being declared
    /// (`CUdevice cuDevice;`, `float* cudaPtr =`, `int cudaCheck(`), judged from the neighbouring tokens.
    func isOwnName(start: Int, end: Int) -> Bool {
        var k = start - 1
        while k >= 0, Bytes.isSpace(bytes[k]) || bytes[k] == 10 { k -= 1 }
        guard k >= 0 else { return false }
        if bytes[k] == 46 || (bytes[k] == 62 && k > 0 && bytes[k - 1] == 45) { return true }
        var n = end
        while n < bytes.count, Bytes.isSpace(bytes[n]) { n += 1 }
        guard n < bytes.count, [59, 61, 44, 41, 91, 40, 123].contains(bytes[n]) else { return false }
        if bytes[k] == 42 || bytes[k] == 38 {
            while k >= 0, Bytes.isSpace(bytes[k]) || bytes[k] == 42 || bytes[k] == 38 { k -= 1 }
            guard k >= 0 else { return false }
            if bytes[k] == 62 { return true }
        }
        guard Bytes.isIdentBody(bytes[k]) else { return false }
        var w = k
        while w > 0, Bytes.isIdentBody(bytes[w - 1]) { w -= 1 }
        if Bytes.isDigit(bytes[w]) { return false }
        let word = Bytes.text(bytes, w, k + 1)
        return !Self.nonTypeKeywords.contains(word)
    }

    /// Words that can precede an expression, so the identifier after them is used, not declared.
    static let nonTypeKeywords: Set<String> = ["return", "else", "case", "throw", "new", "delete", "sizeof", "co_return", "co_await",
                                               "co_yield", "do", "goto", "not", "and", "or", "decltype", "alignof", "typeid",
                                               "if", "while", "for", "switch", "__global__", "__device__", "__host__", "defined"]

    /// Reads `asm [volatile|goto|inline]* ( … )`, reporting it when it is PTX.
    mutating func asmBlock(keyword: String, start: Int) {
        var k = i
        while true {
            while k < bytes.count, Bytes.isSpace(bytes[k]) || bytes[k] == 10 { k += 1 }
            var e = k
            while e < bytes.count, Bytes.isIdentBody(bytes[e]) { e += 1 }
            let word = Bytes.text(bytes, k, e)
            if ["volatile", "__volatile__", "goto", "inline"].contains(word) { k = e } else { break }
        }
        guard at(k) == 40 else { return }
        let startLine = line, startLineStart = lineStart
        var depth = 0
        var looksLikePTX = isCUDASource
        while i < bytes.count {
            let b = bytes[i]
            if b == 10 { newline(at: i); i += 1; continue }
            if b == 40 { depth += 1 } else if b == 41 {
                depth -= 1
                if depth == 0 { i += 1; break }
            } else if b == 34 {
                let s = i
                skipQuoted(34)
                if !looksLikePTX { looksLikePTX = Self.hasPTXMarker(Bytes.text(bytes, s, i)) }
                continue
            }
            i += 1
        }
        if looksLikePTX {
            let text = snippet(from: startLineStart)
            found.append(Candidate(symbol: keyword, key: "asm", line: startLine, column: start - startLineStart + 1,
                                   fallbackFamily: "device-intrinsic", snippet: text))
        }
    }

    static func hasPTXMarker(_ text: String) -> Bool {
        let markers = [".u32", ".s32", ".b32", ".f32", ".u64", ".b64", ".f16", ".reg", ".global", ".shared", ".sync",
                       "%laneid", "%tid", "%%laneid", "cvta", "ld.", "st.", "mma.", "shfl."]
        return markers.contains { text.contains($0) }
    }

    /// Reads a preprocessor line: `#include <x>` becomes a header candidate, `#define X` is remembered.
    mutating func directive() {
        inDirective = true
        i += 1
        while i < bytes.count, Bytes.isSpace(bytes[i]) || (bytes[i] == 92 && skipSplice()) { i += 1 }
        let nameStart = i
        while i < bytes.count, Bytes.isIdentBody(bytes[i]) { i += 1 }
        let name = Bytes.text(bytes, nameStart, i)
        switch name {
        case "include", "include_next", "import":
            while i < bytes.count, Bytes.isSpace(bytes[i]) { i += 1 }
            let open = at(i)
            guard open == 60 || open == 34 else { return }
            let close: UInt8 = open == 60 ? 62 : 34
            var k = i + 1
            while k < bytes.count, bytes[k] != close, bytes[k] != 10 { k += 1 }
            guard at(k) == close else { return }
            let header = Bytes.text(bytes, i + 1, k)
            // "quoted" includes are usually the project's own headers: only catalogued names count there.
            emit(header, key: "<\(header)>", start: i + 1, fallback: open == 60 ? HeaderRule.family(of: header) : nil)
            i = k + 1
        case "define":
            while i < bytes.count, Bytes.isSpace(bytes[i]) { i += 1 }
            let s = i
            while i < bytes.count, Bytes.isIdentBody(bytes[i]) { i += 1 }
            if i > s { definedMacros.insert(Bytes.text(bytes, s, i)) }
        default:
            break
        }
    }
}
