// Declarations, `asm` blocks and preprocessor lines: the context-sensitive parts of the C/C++/CUDA lexer.

extension CFamilyLexerState {
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

    /// Whether `bytes[s..<e]` is `asm`, `__asm` or `__asm__`.
    static func isAsmKeyword(_ bytes: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int) -> Bool {
        let word = UnsafeBufferPointer(rebasing: bytes[s..<e])
        return word.elementsEqual("asm".utf8) || word.elementsEqual("__asm".utf8) || word.elementsEqual("__asm__".utf8)
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
        // Blanks and line splices between `#` and the name (a splice moves the cursor itself:
        // stepping past it again would swallow the next line's newline and shift every line after).
        while i < bytes.count {
            if Bytes.isSpace(bytes[i]) { i += 1; continue }
            if bytes[i] == 92, skipSplice() { continue }
            break
        }
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
        case "if":
            if conditionIsAlwaysFalse() { skipDeadBranch() }
        case "define":
            while i < bytes.count, Bytes.isSpace(bytes[i]) { i += 1 }
            let s = i
            while i < bytes.count, Bytes.isIdentBody(bytes[i]) { i += 1 }
            // Only a name that could be an uncatalogued finding (a CUDA prefix, or an `asm` keyword) can be dropped
            // as the project's own: a system header defines thousands of other macros, and collecting them all
            // filled the sets every file merges.
            if i > s, PrefixRule.family(bytes, s, i) != nil || Self.isAsmKeyword(bytes, s, i) {
                definedMacros.insert(Bytes.text(bytes, s, i))
            }
        default:
            break
        }
    }

    /// Whether the rest of an `#if` line is a literal `0` or `false` (comments and blanks
    /// aside): the branch is dead code that no build compiles, so its CUDA names are not ties.
    func conditionIsAlwaysFalse() -> Bool {
        var k = i
        var word: [UInt8] = []
        while k < bytes.count, bytes[k] != 10 {
            let b = bytes[k]
            if b == 47, at(k + 1) == 47 { break }
            if b == 47, at(k + 1) == 42 {
                k += 2
                while k < bytes.count, !(bytes[k] == 42 && at(k + 1) == 47), bytes[k] != 10 { k += 1 }
                k += 2
                continue
            }
            if b == 92 || b == 13 { return false }
            if !Bytes.isSpace(b) { word.append(b) }
            k += 1
        }
        return word == Array("0".utf8) || word == Array("false".utf8)
    }

    /// Skips the lines of a dead `#if` branch up to its `#else`, `#elif` or `#endif` (nested
    /// conditionals counted); lexing resumes on the line after it, in the live branch.
    mutating func skipDeadBranch() {
        var depth = 0
        // To the end of the `#if 0` line first.
        while i < bytes.count, bytes[i] != 10 { i += 1 }
        while i < bytes.count {
            // At a newline: step onto the next line and look at its first word.
            newline(at: i)
            i += 1
            var k = i
            while k < bytes.count, Bytes.isSpace(bytes[k]) { k += 1 }
            if at(k) == 35 {
                k += 1
                while k < bytes.count, Bytes.isSpace(bytes[k]) { k += 1 }
                let start = k
                while k < bytes.count, Bytes.isIdentBody(bytes[k]) { k += 1 }
                switch Bytes.text(bytes, start, k) {
                case "if", "ifdef", "ifndef":
                    depth += 1
                case "endif" where depth > 0:
                    depth -= 1
                case "endif", "else", "elif", "elifdef", "elifndef":
                    if depth == 0 {
                        // Resume after this directive line, at its newline.
                        i = k
                        while i < bytes.count, bytes[i] != 10 { i += 1 }
                        return
                    }
                default:
                    break
                }
            }
            while i < bytes.count, bytes[i] != 10 { i += 1 }
        }
    }
}
