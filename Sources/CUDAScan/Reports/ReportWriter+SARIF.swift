import Foundation

extension ReportWriter {
    /// The SARIF level for an effort: renames are notes, changes warnings, blockers errors.
    public static func sarifLevel(_ effort: Effort) -> String {
        switch effort {
        case .direct: return "note"
        case .mechanical, .rewrite: return "warning"
        case .blocker: return "error"
        }
    }

    /// The report as a SARIF 2.1.0 log: one rule per catalog symbol found, results located relative to `%SRCROOT%`.
    ///
    /// With `drain`, the results are handed over a chunk at a time, like the CSV and JSON reports.
    public static func sarif(_ report: ScanReport, catalog: Catalog? = nil, drain: Drain? = nil) -> String {
        let target = report.target
        func log(rules: [[String: Any]]) -> String {
            let run: [String: Any] = [
                "tool": ["driver": ["name": "Drawbridge", "semanticVersion": "1.0.0", "rules": rules]],
                "columnKind": "utf16CodeUnits",
                "results": sarifResultsMarker,
                "properties": ["target": target.rawValue, "generation": report.generation.rawValue],
            ]
            return serialize(["$schema": "https://json.schemastore.org/sarif-2.1.0.json", "version": "2.1.0", "runs": [run]])
        }
        // Keys are sorted, so the results come before the rules in the text: what precedes them does not depend on
        // the rules, which are only known once every result is written. The results replace a marker string.
        let quotedMarker = JSONTreeWriter.quoted(sarifResultsMarker)
        let before = log(rules: [])
        guard let head = before.range(of: quotedMarker) else { return before }
        var out = Array(before[..<head.lowerBound].utf8)
        var writer = SARIFResultWriter(target: target, catalog: catalog)
        if report.findings.isEmpty {
            out += Array("[]".utf8)
        } else {
            out.append(0x5B)
            report.findings.forEachInPlace { finding, position in
                out += position == 0 ? [0x0A] : [0x2C, 0x0A]
                writer.append(at: finding, to: &out)
                drainIfFull(&out, drain)
            }
            out += Array("\n      ]".utf8)
        }
        let after = log(rules: writer.rules)
        if let tail = after.range(of: quotedMarker) { out += Array(after[tail.upperBound...].utf8) }
        return String(decoding: out, as: UTF8.self)
    }

    /// The string the results array replaces in the serialised log.
    static let sarifResultsMarker = "@@drawbridge-sarif-results@@"

    /// A relative path as a URI reference: each component percent-encoded.
    static func sarifURI(_ path: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return path.split(separator: "/", omittingEmptySubsequences: false)
            .map { String($0).addingPercentEncoding(withAllowedCharacters: allowed) ?? String($0) }
            .joined(separator: "/")
    }

    /// A PascalCase-ish rule name built from the symbol's letters and digits.
    static func sarifRuleName(_ key: String) -> String {
        let words = key.split { !$0.isLetter && !$0.isNumber }
        let name = words.map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
        return name.isEmpty ? "CudaConstruct" : name
    }
}
