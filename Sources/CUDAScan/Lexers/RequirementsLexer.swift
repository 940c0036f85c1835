/// Lexes dependency lists: `requirements*.txt`, `pyproject.toml`, conda `environment.yml`.
public struct RequirementsLexer: SourceLexer {
    /// Whether the file is `pyproject.toml` (requirements sit in quoted strings and dependency-table keys).
    public let isTOML: Bool

    /// Creates a lexer.
    public init(isTOML: Bool) { self.isTOML = isTOML }

    /// The candidates in `bytes`: one per CUDA-related requirement, index URL or `+cuXXX` local version.
    public func candidates(in bytes: UnsafeBufferPointer<UInt8>) -> [Candidate] {
        var found: [Candidate] = []
        var i = 0, line = 1
        var inDependencyTable = false
        var inArray = false  // TOML: inside a multi-line `key = [` array
        while i < bytes.count {
            let lineStart = i
            var end = i
            while end < bytes.count, bytes[end] != 10 { end += 1 }
            // A `#` at the start or after a blank begins a comment, in all three formats.
            var codeEnd = end
            var k = lineStart
            var quote: UInt8 = 0
            while k < end {
                let b = bytes[k]
                if quote != 0 { if b == quote { quote = 0 } } else if b == 34 || b == 39 { quote = b } else if b == 35,
                    k == lineStart || Bytes.isSpace(bytes[k - 1]) { codeEnd = k; break }
                k += 1
            }
            let text = Bytes.text(bytes, lineStart, codeEnd)
            let trimmed = text.trimmingCharacters(in: " \t\r")
            if isTOML, trimmed.hasPrefix("[") {
                inDependencyTable = trimmed.lowercased().contains("dependencies") || trimmed.lowercased().contains("requires")
            }
            // TOML strings are requirements only inside arrays (`dependencies = [...]`) or dependency tables,
            // so `name = "my_pkg"` is not one.
            let opensArray = isTOML && trimmed.contains("= [")
            let closesArray = trimmed.hasSuffix("]") || trimmed.hasSuffix("],")
            let tomlSpecs = inArray || opensArray || inDependencyTable
            if !trimmed.isEmpty, !(isTOML && trimmed.hasPrefix("[")), !isTOML || tomlSpecs {
                found.append(contentsOf: specs(in: bytes, from: lineStart, to: codeEnd, line: line, bareKeys: inDependencyTable))
            }
            if isTOML {
                if opensArray && !closesArray { inArray = true } else if inArray && trimmed.hasPrefix("]") || closesArray { inArray = false }
            }
            i = end + 1
            line += 1
        }
        return found
    }

    /// Requirement words on one line: quoted strings, TOML keys in dependency tables, or the whole line.
    private func specs(in bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int, line: Int, bareKeys: Bool) -> [Candidate] {
        var result: [Candidate] = []
        var k = start
        var sawQuote = false
        while isTOML, k < end {
            let b = bytes[k]
            if b == 34 || b == 39 {
                sawQuote = true
                let s = k + 1
                var e = s
                while e < end, bytes[e] != b { e += 1 }
                result += RequirementSpec.candidates(Bytes.text(bytes, s, e), start: s, line: line, lineStart: start, bytes: bytes)
                k = e + 1
                continue
            }
            k += 1
        }
        if sawQuote && !bareKeys { return result }
        // Unquoted: a requirements line, a conda `- name=ver` item, or a `name = …` TOML key.
        var s = start
        while s < end, Bytes.isSpace(bytes[s]) || bytes[s] == 45 && s + 1 < end && bytes[s + 1] == 32 { s += 1 }
        if s < end, bytes[s] == 45 { // pip options such as --extra-index-url URL
            var w = s
            while w < end {
                while w < end, Bytes.isSpace(bytes[w]) { w += 1 }
                let ws = w
                while w < end, !Bytes.isSpace(bytes[w]) { w += 1 }
                if w > ws { result += RequirementSpec.candidates(Bytes.text(bytes, ws, w), start: ws, line: line, lineStart: start, bytes: bytes) }
            }
            return result
        }
        var e = s
        while e < end, !Bytes.isSpace(bytes[e]), bytes[e] != 61 || bareKeys == false, bytes[e] != 59 { e += 1 }
        if e > s, !sawQuote || bareKeys {
            let word = Bytes.text(bytes, s, e)
            if bareKeys && sawQuote {
                result += RequirementSpec.candidates(word, start: s, line: line, lineStart: start, bytes: bytes).filter { $0.key != "pip:+cuXXX" }
            } else {
                result += RequirementSpec.candidates(word, start: s, line: line, lineStart: start, bytes: bytes)
            }
        }
        return result
    }
}
