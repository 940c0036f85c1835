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
                                         interner: interner)
            inner.inheritAliases(from: self)
            inner.statementStart = false
            inner.run()
            for var candidate in inner.found where candidate.line == 1 {
                candidate.column += k + 1 - currentLineStart
                candidate.line = currentLine
                candidate.snippet = Bytes.lineText(bytes, from: currentLineStart)
                found.append(candidate)
            }
            // A field can span lines (a backslash-newline inside it): later fields are on the line it ends on.
            for n in (k + 1)..<e where bytes[n] == 10 { currentLine += 1; currentLineStart = n + 1 }
            k = e + 1
        }
    }

    /// Reads the rest of an `import` or `from … import` statement.
    mutating func importStatement(isFrom: Bool) {
        // Each token keeps the line it stands on: a parenthesised import can span many lines.
        var tokens: [(text: String, start: Int, line: Int, lineStart: Int)] = []
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
            if b == 44 { tokens.append((",", i, line, lineStart)); i += 1; continue }
            if Bytes.isIdentBody(b) || b == 46 {
                let s = i
                while i < bytes.count, Bytes.isIdentBody(bytes[i]) || bytes[i] == 46 { i += 1 }
                tokens.append((Bytes.text(bytes, s, i), s, line, lineStart))
                continue
            }
            i += 1
        }
        func worthTracking(_ path: String) -> Bool {
            let parts = path.split(separator: ".")
            return heads.contains(String(parts.first ?? "")) || parts.contains { PythonLexer.cudaComponents.contains(String($0)) }
        }
        func report(module: String, start: Int, line l: Int, lineStart ls: Int, bound: String?) {
            emit(module, key: "import:" + PythonLexer.importKey(module), start: start, startLine: l, startLineStart: ls)
            let head = String(module.split(separator: ".").first ?? "")
            let interesting = module.split(separator: ".").contains { PythonLexer.cudaComponents.contains(String($0)) }
            if interesting || heads.contains(head) {
                emit(module, key: module, start: start, startLine: l, startLineStart: ls)
            }
            if let bound, worthTracking(module) { bind(bound, to: module) }
        }
        if isFrom {
            guard let module = tokens.first, module.text != "import" else { return }
            guard tokens.count > 2, tokens[1].text == "import" else { return }
            var index = 2
            var reportedTop = false
            while index < tokens.count {
                let name = tokens[index]
                if name.text == "," { index += 1; continue }
                var bound = name.text
                if index + 2 < tokens.count, tokens[index + 1].text == "as" { bound = tokens[index + 2].text; index += 2 }
                index += 1
                let full = module.text + "." + name.text
                if worthTracking(full) { bind(bound, to: full) }
                let (l, ls) = (name.line, name.lineStart)
                if !reportedTop {
                    let (ml, mls) = (module.line, module.lineStart)
                    let key = PythonLexer.importKey(full)
                    emit(key.contains(".") ? full : module.text, key: "import:" + key, start: module.start, startLine: ml,
                         startLineStart: mls)
                    reportedTop = true
                }
                let head = String(full.split(separator: ".").first ?? "")
                let interesting = full.split(separator: ".").contains { PythonLexer.cudaComponents.contains(String($0)) }
                if interesting || heads.contains(head) {
                    emit(name.text, key: full, start: name.start, startLine: l, startLineStart: ls)
                }
            }
        } else {
            var index = 0
            while index < tokens.count {
                let module = tokens[index]
                if module.text == "," { index += 1; continue }
                var bound: String? = nil
                if index + 2 < tokens.count, tokens[index + 1].text == "as" { bound = tokens[index + 2].text; index += 2 }
                index += 1
                report(module: module.text, start: module.start, line: module.line, lineStart: module.lineStart, bound: bound)
            }
        }
    }
}
