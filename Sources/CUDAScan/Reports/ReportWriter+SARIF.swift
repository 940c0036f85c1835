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
        // Results are written by hand (a report may hold hundreds of thousands); file URIs
        // and messages repeat, so each is built once.
        var results = ""
        results.reserveCapacity(report.findings.count * 420)
        var uris: [String: String] = [:]
        var messages: [String: String] = [:]
        for (position, finding) in report.findings.enumerated() {
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
            let messageKey = id + "\u{0}" + finding.symbol
            let message: String
            if let cached = messages[messageKey] {
                message = cached
            } else {
                var text = "\(finding.symbol) ties this code to CUDA (\(finding.family)); on \(target.rawValue): "
                text += mapping?.replacement.map { "\($0), \(effort.rawValue)" } ?? "no known replacement, \(effort.rawValue)"
                if let note = mapping?.note { text += " — \(note)" }
                message = JSONTreeWriter.quoted(text)
                messages[messageKey] = message
            }
            let uri: String
            if let cached = uris[finding.file] {
                uri = cached
            } else {
                uri = JSONTreeWriter.quoted(sarifURI(finding.file))
                uris[finding.file] = uri
            }
            // Columns are counted in UTF-8 bytes; SARIF counts UTF-16 units, so a line with non-ASCII text gets no column.
            let column = finding.snippet.utf8.allSatisfy({ $0 < 128 }) ? ",\n                \"startColumn\" : \(finding.column)" : ""
            results += position == 0 ? "\n" : ",\n"
            results += """
                      {
                        "level" : "\(sarifLevel(effort))",
                        "locations" : [
                          {
                            "physicalLocation" : {
                              "artifactLocation" : {
                                "uri" : \(uri),
                                "uriBaseId" : "%SRCROOT%"
                              },
                              "region" : {
                                "startLine" : \(finding.line)\(column)
                              }
                            }
                          }
                        ],
                        "message" : {
                          "text" : \(message)
                        },
                        "ruleId" : \(JSONTreeWriter.quoted(id)),
                        "ruleIndex" : \(ruleIndex[id] ?? 0)
                      }
                """
        }
        let resultsMarker = "@@drawbridge-sarif-results@@"
        let run: [String: Any] = [
            "tool": ["driver": [
                "name": "Drawbridge",
                "semanticVersion": "1.0.0",
                "rules": rules,
            ]],
            "columnKind": "utf16CodeUnits",
            "results": resultsMarker,
            "properties": ["target": target.rawValue, "generation": report.generation.rawValue],
        ]
        let log: [String: Any] = [
            "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
            "version": "2.1.0",
            "runs": [run],
        ]
        // The hand-written results replace the marker string in the serialised log.
        let quotedMarker = JSONTreeWriter.quoted(resultsMarker)
        let text = serialize(log)
        guard let range = text.range(of: quotedMarker) else { return text }
        let array = report.findings.isEmpty ? "[]" : "[" + results + "\n      ]"
        return text.replacingCharacters(in: range, with: array)
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
