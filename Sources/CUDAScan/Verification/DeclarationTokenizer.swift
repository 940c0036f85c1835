/// Identifier tokens of reference sources, for `DeclarationIndex`. Deliberately simple lexers: they need only tell
/// code from comments and literals, not parse.
enum DeclarationTokenizer {
    /// Every identifier in C/C++ code: comments, string literals (raw strings included) and character literals skipped.
    static func cIdentifiers(in bytes: [UInt8], _ found: (String) -> Void) {
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b == 47, i + 1 < n, bytes[i + 1] == 47 {                       // line comment
                while i < n, bytes[i] != 10 { i += 1 }
            } else if b == 47, i + 1 < n, bytes[i + 1] == 42 {                // block comment
                i += 2
                while i + 1 < n, !(bytes[i] == 42 && bytes[i + 1] == 47) { i += 1 }
                i += 2
            } else if b == 82, i + 1 < n, bytes[i + 1] == 34, !(i > 0 && Bytes.isIdentBody(bytes[i - 1])) {
                i = skipRawString(bytes, from: i + 2)                          // R"delim( … )delim"
            } else if b == 34 || b == 39 {                                     // "…" or '…'
                i += 1
                while i < n, bytes[i] != b, bytes[i] != 10 { i += bytes[i] == 92 ? 2 : 1 }
                i += 1
            } else if Bytes.isIdentStart(b) {
                let start = i
                while i < n, Bytes.isIdentBody(bytes[i]) { i += 1 }
                found(String(decoding: bytes[start..<i], as: UTF8.self))
            } else if b >= 48 && b <= 57 {                                     // numbers, with their suffixes
                while i < n, Bytes.isIdentBody(bytes[i]) || bytes[i] == 46 { i += 1 }
            } else {
                i += 1
            }
        }
    }

    private static func skipRawString(_ bytes: [UInt8], from start: Int) -> Int {
        guard let open = bytes[start...].prefix(17).firstIndex(of: 40) else { return start }
        let close = [41] + Array(bytes[start..<open]) + [34]
        var i = open + 1
        while i + close.count <= bytes.count {
            if bytes[i] == 41, bytes[i..<(i + close.count)].elementsEqual(close) { return i + close.count }
            i += 1
        }
        return bytes.count
    }

    /// Every identifier in Python code, plus strings that are exactly one identifier (`__all__ = ["synchronize", …]`);
    /// comments and other strings skipped.
    static func pythonIdentifiers(in bytes: [UInt8], _ found: (String) -> Void) {
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b == 35 {
                while i < n, bytes[i] != 10 { i += 1 }
            } else if b == 34 || b == 39 {
                let triple = i + 2 < n && bytes[i + 1] == b && bytes[i + 2] == b
                let start = i + (triple ? 3 : 1)
                var k = start
                if triple {
                    while k + 2 < n, !(bytes[k] == b && bytes[k + 1] == b && bytes[k + 2] == b) { k += bytes[k] == 92 ? 2 : 1 }
                    i = min(n, k + 3)
                } else {
                    while k < n, bytes[k] != b, bytes[k] != 10 { k += bytes[k] == 92 ? 2 : 1 }
                    i = min(n, k + 1)
                }
                let body = bytes[start..<min(k, n)]
                if let first = body.first, Bytes.isIdentStart(first), body.allSatisfy(Bytes.isIdentBody) {
                    found(String(decoding: body, as: UTF8.self))
                }
            } else if Bytes.isIdentStart(b) {
                let start = i
                while i < n, Bytes.isIdentBody(bytes[i]) { i += 1 }
                found(String(decoding: bytes[start..<i], as: UTF8.self))
            } else {
                i += 1
            }
        }
    }

    /// The operator names of op-plugin's function YAML: the first name after each `exec:` key.
    static func executedOperators(inYAML bytes: [UInt8], _ found: (String) -> Void) {
        let key = Array("exec:".utf8)
        for line in bytes.split(separator: 10, omittingEmptySubsequences: true) {
            guard let start = line.firstIndex(where: { $0 != 32 && $0 != 9 }),
                  line[start...].starts(with: key) else { continue }
            var i = start + key.count
            while i < line.endIndex, line[i] == 32 || line[i] == 9 { i += 1 }
            let nameStart = i
            while i < line.endIndex, Bytes.isIdentBody(line[i]) { i += 1 }
            if i > nameStart, Bytes.isIdentStart(line[nameStart]) { found(String(decoding: line[nameStart..<i], as: UTF8.self)) }
        }
    }
}
