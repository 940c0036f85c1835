import Foundation

extension ReportWriter {
    /// The report as one JSON object (`schema` = `drawbridge.scan/1`, snake_case keys, sorted for stable diffs).
    public static func json(_ report: ScanReport, drain: Drain? = nil) -> String {
        // Written by hand, keys in sorted order, because a report can hold hundreds of
        // thousands of findings (see FindingRowWriter).
        var head = "{\n"
        head += "  \"bytes_scanned\" : \(report.bytesScanned),\n"
        head += "  \"duration_seconds\" : " + JSONTreeWriter.write((report.duration * 1000).rounded() / 1000) + ",\n"
        head += "  \"files_scanned\" : \(report.filesScanned),\n"
        head += "  \"findings\" : " + (report.findings.isEmpty ? "[]" : "[\n")
        var out = Array(head.utf8)
        out.reserveCapacity(drain == nil ? report.findings.count * 1024 + 4096 : drainChunk + 65536)
        if !report.findings.isEmpty {
            appendRows(report.findings, format: .json, to: &out, drain: drain)
            out += Array("  ]".utf8)
        }
        var rest = ",\n  \"generation\" : " + JSONTreeWriter.write(report.generation.rawValue)
        rest += ",\n  \"root\" : " + JSONTreeWriter.write(report.root)
        rest += ",\n  \"schema\" : " + JSONTreeWriter.write(jsonSchema)
        rest += ",\n  \"skipped\" : " + JSONTreeWriter.write(report.skipped.map { ["path": $0.path, "reason": $0.reason] }, indent: 2)
        rest += ",\n  \"summary\" : " + JSONTreeWriter.write(summaryObject(report.summary), indent: 2)
        rest += ",\n  \"target\" : " + JSONTreeWriter.write(report.target.rawValue)
        rest += "\n}"
        out += Array(rest.utf8)
        return String(decoding: out, as: UTF8.self)
    }

    static func summaryObject(_ summary: ScanSummary) -> [String: Any] {
        [
            "total": summary.total,
            "uncataloged": summary.uncataloged,
            "without_answer": summary.withoutAnswer,
            "without_answer_by_family": summary.withoutAnswerByFamily,
            "files_with_findings": summary.filesWithFindings,
            "by_family": summary.byFamily,
            "by_effort": Dictionary(uniqueKeysWithValues: Effort.allCases.map { ($0.rawValue, summary.byEffort[$0] ?? 0) }),
            "by_family_and_effort": summary.byFamilyAndEffort.mapValues { counts in
                Dictionary(uniqueKeysWithValues: counts.map { ($0.key.rawValue, $0.value) })
            },
        ]
    }

    static func findingObject(_ finding: Finding) -> [String: Any] {
        var mappings: [String: Any] = [:]
        for (target, mapping) in finding.mappings {
            var object: [String: Any] = [
                "replacement": mapping.replacement.map { $0 as Any } ?? NSNull(),
                "effort": mapping.effort.rawValue,
                "note": mapping.note.map { $0 as Any } ?? NSNull(),
            ]
            // Written only when false, so reports of assessed findings read as before.
            if !mapping.assessed { object["assessed"] = false }
            mappings[target.rawValue] = object
        }
        return [
            "file": finding.file,
            "line": finding.line,
            "column": finding.column,
            "symbol": finding.symbol,
            "key": finding.key,
            "family": finding.family,
            "kind": finding.kind,
            "language": finding.language.rawValue,
            "cataloged": finding.cataloged,
            "snippet": finding.snippet,
            "mappings": mappings,
        ]
    }

    static func serialize(_ object: Any) -> String {
        JSONTreeWriter.write(object)
    }
}
