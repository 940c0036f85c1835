/// Turns Python requirement specifiers (`cupy-cuda12x>=12`, `torch==2.1.0+cu121`, index URLs) into candidates.
enum RequirementSpec {
    /// Candidates for one specifier word found at `start`; empty when it names nothing CUDA-related.
    static func candidates(_ spec: String, start: Int, line: Int, lineStart: Int, bytes: UnsafeBufferPointer<UInt8>,
                           snippet: String? = nil) -> [Candidate] {
        let text = spec.trimmingCharacters(in: " \t\"',")
        guard !text.isEmpty else { return [] }
        let lineText = snippet ?? Bytes.lineText(bytes, from: lineStart)
        var result: [Candidate] = []
        func add(_ symbol: String, _ key: String) {
            result.append(Candidate(symbol: symbol, key: key, line: line, column: start - lineStart + 1, snippet: lineText))
        }
        if text.contains("://") || text.hasPrefix("--") {
            if let range = text.range(of: "/whl/cu"), text[range.upperBound...].first?.isNumber == true {
                add(text, "pip:whl/cuXXX")
            }
            return result
        }
        var nameEnd = text.startIndex
        while nameEnd < text.endIndex, text[nameEnd].isLetter || text[nameEnd].isNumber || "-_.".contains(text[nameEnd]) {
            nameEnd = text.index(after: nameEnd)
        }
        let rawName = String(text[..<nameEnd])
        if !rawName.isEmpty, rawName.first?.isLetter == true {
            add(rawName, "pip:" + normalise(rawName))
        }
        if let plus = text.range(of: "+cu"), text[plus.upperBound...].first?.isNumber == true {
            let local = text[plus.lowerBound...].prefix { $0 != "," && $0 != ";" && $0 != " " }
            add(String(local), "pip:+cuXXX")
        }
        return result
    }

    /// PEP 503 name normalisation: lower case, runs of `-_.` become `-`.
    static func normalise(_ name: String) -> String {
        var out = ""
        var lastDash = false
        for ch in name.lowercased() {
            if ch == "-" || ch == "_" || ch == "." {
                if !lastDash { out.append("-") }
                lastDash = true
            } else {
                out.append(ch)
                lastDash = false
            }
        }
        return out
    }
}
