// f-string fields and import statements: the parts of the Python lexer that recurse or bind names.

extension PythonLexerState {
    /// Lexes the `{…}` replacement fields of an f-string as code (`{torch.cuda.memory_allocated()}` is a call).
    mutating func fStringFields(from start: Int, to end: Int, line fieldLine: Int, lineStart fieldLineStart: Int) {
        var k = start
        var currentLine = fieldLine, currentLineStart = fieldLineStart
        while k < end {
            let b = bytes[k]
            if b == 10 { currentLine += 1; currentLineStart = k + 1; k += 1; continue }
            guard b == 123 else { k += 1; continue }
            if k + 1 < end, bytes[k + 1] == 123 { k += 2; continue }  // '{{' is a literal brace
            var depth = 1
            var e = k + 1
            while e < end, depth > 0 {
                if bytes[e] == 123 { depth += 1 } else if bytes[e] == 125 { depth -= 1 }
                if depth > 0 { e += 1 }
            }
            var inner = PythonLexerState(bytes: UnsafeBufferPointer(rebasing: bytes[(k + 1)..<e]), vocabulary: vocabulary,
                                         snippets: snippets, interner: interner)
            inner.inheritAliases(from: self)
            inner.statementStart = false
            inner.run()
            for var candidate in inner.found where candidate.line == 1 {
                candidate.column += k + 1 - currentLineStart
                candidate.line = currentLine
                candidate.snippet = snippets ? Bytes.lineText(bytes, from: currentLineStart) : ""
                found.append(candidate)
            }
            // A field can span lines (a backslash-newline inside it): later fields are on the line it ends on.
            for n in (k + 1)..<e where bytes[n] == 10 { currentLine += 1; currentLineStart = n + 1 }
            k = e + 1
        }
    }

    /// Reads the rest of an `import` or `from … import` statement. Tokens stay byte ranges: a file of many imports
    /// made a string per token and split every path into more (a third of lexing a Python installation).
    mutating func importStatement(isFrom: Bool) {
        // Each token keeps the line it stands on: a parenthesised import can span many lines.
        var tokens: [(start: Int, end: Int, line: Int, lineStart: Int)] = []
        var depth = 0
        while i < bytes.count {
            let b = bytes[i]
            if b == 10 && depth == 0 { break }
            if b == 35 { while i < bytes.count, bytes[i] != 10 { i += 1 }; continue }
            if b == 92, at(i + 1) == 10 { i += 2; line += 1; lineStart = i; continue }
            if b == 10 { line += 1; i += 1; lineStart = i; continue }
            if b == 59 { break }
            if b == 40 { depth += 1; i += 1; continue }
            if b == 41 { depth -= 1; i += 1; continue }
            if b == 44 { tokens.append((i, i + 1, line, lineStart)); i += 1; continue }
            if Bytes.isIdentBody(b) || b == 46 {
                let s = i
                while i < bytes.count, Bytes.isIdentBody(bytes[i]) || bytes[i] == 46 { i += 1 }
                tokens.append((s, i, line, lineStart))
                continue
            }
            i += 1
        }
        let source = bytes
        let isComma = { (token: (start: Int, end: Int, line: Int, lineStart: Int)) in source[token.start] == 44 }
        if isFrom {
            guard let module = tokens.first, !spells((module.start, module.end), "import") else { return }
            guard tokens.count > 2, spells((tokens[1].start, tokens[1].end), "import") else { return }
            let moduleParts = dottedParts(module.start, module.end)
            var index = 2
            var reportedTop = false
            while index < tokens.count {
                let name = tokens[index]
                if isComma(name) { index += 1; continue }
                var bound = name
                if index + 2 < tokens.count, spells((tokens[index + 1].start, tokens[index + 1].end), "as") {
                    bound = tokens[index + 2]
                    index += 2
                }
                index += 1
                // The parts of `module.name`, without building it.
                let parts = moduleParts + dottedParts(name.start, name.end)
                let full = { Bytes.text(source, module.start, module.end) + "." + Bytes.text(source, name.start, name.end) }
                let worthIt = isTracked(parts)
                if worthIt { bind(Bytes.text(bytes, bound.start, bound.end), to: full()) }
                if !reportedTop {
                    reportedTop = true
                    let key = importKey(parts, path: full)
                    if importMayMatter(key) {
                        emit(key.utf8.contains(46) ? full() : Bytes.text(bytes, module.start, module.end), key: "import:" + key,
                             start: module.start, startLine: module.line, startLineStart: module.lineStart)
                    }
                }
                if worthIt {
                    emit(Bytes.text(bytes, name.start, name.end), key: full(), start: name.start, startLine: name.line,
                         startLineStart: name.lineStart)
                }
            }
        } else {
            var index = 0
            while index < tokens.count {
                let module = tokens[index]
                if isComma(module) { index += 1; continue }
                var bound: (start: Int, end: Int, line: Int, lineStart: Int)? = nil
                if index + 2 < tokens.count, spells((tokens[index + 1].start, tokens[index + 1].end), "as") {
                    bound = tokens[index + 2]
                    index += 2
                }
                index += 1
                let parts = dottedParts(module.start, module.end)
                let text = Bytes.text(bytes, module.start, module.end)
                let key = importKey(parts) { text }
                if importMayMatter(key) {
                    emit(text, key: "import:" + key, start: module.start, startLine: module.line, startLineStart: module.lineStart)
                }
                if isTracked(parts) {
                    emit(text, key: text, start: module.start, startLine: module.line, startLineStart: module.lineStart)
                    if let bound { bind(Bytes.text(bytes, bound.start, bound.end), to: text) }
                }
            }
        }
    }

    /// The non-empty `.`-separated parts of `bytes[start..<end]`, as byte ranges.
    func dottedParts(_ start: Int, _ end: Int) -> [(Int, Int)] {
        var parts: [(Int, Int)] = []
        var s = start
        for k in start...end where k == end || bytes[k] == 46 {
            if k > s { parts.append((s, k)) }
            s = k + 1
        }
        return parts
    }

    /// Whether a module path (its parts) is worth reporting and following: its head is a catalogued Python head, or
    /// one of its parts makes any dotted name a CUDA tie (`cuda`, `cudnn`, `nccl`, `cudart`, `is_cuda`).
    func isTracked(_ parts: [(Int, Int)]) -> Bool {
        guard let head = parts.first else { return false }
        if parts.contains(where: isCUDAComponent) { return true }
        // The hash set may say yes wrongly, never no wrongly; the names decide.
        return vocabulary.pythonHeadHashes.contains(bytes, head.0, head.1) && heads.contains(Bytes.text(bytes, head.0, head.1))
    }

    /// The import key of a module path: its top-level package, or `pkg.cuda` for CUDA submodules (`numba.cuda`);
    /// `path` (the path's text) when it has no parts.
    func importKey(_ parts: [(Int, Int)], path: () -> String) -> String {
        guard let top = parts.first else { return path() }
        if parts.count > 1, spells(parts[1], "cuda") { return Bytes.text(bytes, top.0, top.1) + ".cuda" }
        return Bytes.text(bytes, top.0, top.1)
    }

    /// Whether an `import:` key could be in the catalog: an import the catalog does not know is never a finding (it
    /// has no family to fall back on), and most imports are the standard library's.
    func importMayMatter(_ key: String) -> Bool {
        vocabulary.importWildcards || vocabulary.importKeys.contains(key)
    }
}
