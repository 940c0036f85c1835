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
    public static func sarif(_ report: ScanReport, catalog: Catalog? = nil) -> String {
        let target = report.target
        var ruleIndex: [String: Int] = [:]
        var rules: [[String: Any]] = []
        var results: [[String: Any]] = []
        for finding in report.findings {
            let id = "\(finding.family)/\(finding.key)"
            let mapping = finding.mappings[target]
            let effort = mapping?.effort ?? .rewrite
            if ruleIndex[id] == nil {
                ruleIndex[id] = rules.count
                let replacement = mapping?.replacement.map { "replace with \($0) on \(target.rawValue)" }
                    ?? "no known \(target.rawValue) replacement"
                var help = "\(finding.key) (\(finding.family) \(finding.kind)): \(replacement), effort \(effort.rawValue)."
                if let note = mapping?.note { help += " \(note)." }
                if let origin = catalog?.lookup(finding.key)?.entry.origin, !origin.isEmpty {
                    help += " Catalog: \(URL(fileURLWithPath: origin).lastPathComponent)."
                }
                rules.append([
                    "id": id,
                    "name": sarifRuleName(finding.key),
                    "shortDescription": ["text": "CUDA dependency: \(finding.key)"],
                    "fullDescription": ["text": help],
                    "help": ["text": help],
                    "defaultConfiguration": ["level": sarifLevel(effort)],
                    "properties": ["tags": ["cuda", finding.family, "effort-\(effort.rawValue)"], "precision": finding.cataloged ? "high" : "medium"],
                ])
            }
            var text = "\(finding.symbol) ties this code to CUDA (\(finding.family)); on \(target.rawValue): "
            text += mapping?.replacement.map { "\($0), \(effort.rawValue)" } ?? "no known replacement, \(effort.rawValue)"
            if let note = mapping?.note { text += " — \(note)" }
            // Columns are counted in UTF-8 bytes; SARIF counts UTF-16 units, so a line with non-ASCII text gets no column.
            var region: [String: Any] = ["startLine": finding.line]
            if finding.snippet.utf8.allSatisfy({ $0 < 128 }) { region["startColumn"] = finding.column }
            results.append([
                "ruleId": id,
                "ruleIndex": ruleIndex[id] ?? 0,
                "level": sarifLevel(effort),
                "message": ["text": text],
                "locations": [[
                    "physicalLocation": [
                        "artifactLocation": ["uri": sarifURI(finding.file), "uriBaseId": "%SRCROOT%"],
                        "region": region,
                    ],
                ]],
            ])
        }
        let run: [String: Any] = [
            "tool": ["driver": [
                "name": "Drawbridge",
                "semanticVersion": "1.0.0",
                "rules": rules,
            ]],
            "columnKind": "utf16CodeUnits",
            "results": results,
            "properties": ["target": target.rawValue, "generation": report.generation.rawValue],
        ]
        let log: [String: Any] = [
            "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
            "version": "2.1.0",
            "runs": [run],
        ]
        return serialize(log)
    }

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
