import Foundation

extension ReportWriter {
    /// The report as one JSON object (`schema` = `drawbridge.scan/1`, snake_case keys, sorted for stable diffs).
    public static func json(_ report: ScanReport) -> String {
        let summary = report.summary
        let object: [String: Any] = [
            "schema": jsonSchema,
            "root": report.root,
            "target": report.target.rawValue,
            "generation": report.generation.rawValue,
            "files_scanned": report.filesScanned,
            "bytes_scanned": report.bytesScanned,
            "duration_seconds": (report.duration * 1000).rounded() / 1000,
            "skipped": report.skipped.map { ["path": $0.path, "reason": $0.reason] },
            "summary": summaryObject(summary),
            "findings": report.findings.map(findingObject),
        ]
        return serialize(object)
    }

    static func summaryObject(_ summary: ScanSummary) -> [String: Any] {
        [
            "total": summary.total,
            "uncataloged": summary.uncataloged,
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
            mappings[target.rawValue] = [
                "replacement": mapping.replacement.map { $0 as Any } ?? NSNull(),
                "effort": mapping.effort.rawValue,
                "note": mapping.note.map { $0 as Any } ?? NSNull(),
            ] as [String: Any]
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
