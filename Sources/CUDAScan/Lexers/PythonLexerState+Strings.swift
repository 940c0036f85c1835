// String literals: skipped as text, reported when they act as code (device strings, backends, providers, flags).

extension PythonLexer {
    /// The catalog key for a string literal's content, or nil when the string is ordinary text.
    static func stringKey(_ content: String, isFString: Bool) -> String? {
        guard content.utf8.count >= 4, content.utf8.count <= 48 else { return nil }
        var text = content
        if isFString, let brace = text.firstIndex(of: "{") {
            guard text.last == "}" else { return nil }
            text = String(text[..<brace]) + "N"
        }
        if text == "cuda" { return "\"cuda\"" }
        if text.hasPrefix("cuda:") {
            let rest = text.dropFirst(5)
            if rest == "N" || (!rest.isEmpty && rest.allSatisfy(\.isNumber)) { return "\"cuda:N\"" }
            return nil
        }
        if text.hasPrefix("-"), !text.utf8.contains(32) {  // nvcc flags in setup.py argument lists
            return BuildFileLexer.archKey(text) ?? "build:" + text
        }
        guard text.utf8.allSatisfy({ Bytes.isIdentBody($0) || $0 == 45 || $0 == 46 }) else { return nil }
        let lower = text.lowercased()
        guard lower.hasPrefix("nccl") || lower.hasPrefix("cu") || lower.hasPrefix("tensorrt") || lower.hasPrefix("nv")
        else { return nil }
        return "\"\(text)\""
    }
}

extension PythonLexerState {
    /// Reads a string literal whose opening quote is at the cursor; reports it when it acts as code.
    mutating func string(prefixStart: Int, isF: Bool, isRaw: Bool) {
        let quote = bytes[i]
        let triple = at(i + 1) == quote && at(i + 2) == quote
        let startLine = line, startLineStart = lineStart
        i += triple ? 3 : 1
        let contentStart = i
        var contentEnd = i
        while i < bytes.count {
            // Whole words with no backslash, newline or quote are skipped eight bytes a step: docstrings run long.
            let quiet = Bytes.skipWordsWithout(92, 10, quote, in: bytes, from: i)
            if quiet > i {
                i = quiet
                contentEnd = i
                continue
            }
            let b = bytes[i]
            if b == 92 {
                if at(i + 1) == 10 { line += 1; lineStart = i + 2 }
                i += 2
                continue
            }
            if b == 10 {
                if !triple { contentEnd = i; break }
                line += 1
                lineStart = i + 1
            }
            if b == quote {
                if !triple { contentEnd = i; i += 1; break }
                if at(i + 1) == quote, at(i + 2) == quote { contentEnd = i; i += 3; break }
            }
            i += 1
            contentEnd = i
        }
        if isF { fStringFields(from: contentStart, to: contentEnd, line: startLine, lineStart: startLineStart) }
        guard !triple, contentEnd - contentStart >= 4, contentEnd - contentStart <= 48 else { return }
        // Only strings starting like a device, backend, provider or nvcc flag can act as code.
        switch bytes[contentStart] {
        case 99, 67, 110, 78, 84, 116, 45: break
        default: return
        }
        let content = Bytes.text(bytes, contentStart, contentEnd)
        if let key = PythonLexer.stringKey(content, isFString: isF) {
            emit(content, key: key, start: contentStart, startLine: startLine, startLineStart: startLineStart)
        }
    }
}
