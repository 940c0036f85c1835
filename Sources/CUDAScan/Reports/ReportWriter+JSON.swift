import Foundation

extension ReportWriter {
    /// The report as one JSON object (`schema` = `drawbridge.scan/1`, snake_case keys, sorted for stable diffs).
    public static func json(_ report: ScanReport, drain: Drain? = nil) -> String {
        // Written by hand, keys in sorted order, because a report can hold hundreds of
        // thousands of findings; each distinct mapping set is serialised once and reused.
        var out = "{\n"
        out.reserveCapacity(drain == nil ? report.findings.count * 700 + 4096 : drainChunk + 65536)
        out += "  \"bytes_scanned\" : \(report.bytesScanned),\n"
        out += "  \"duration_seconds\" : " + JSONTreeWriter.write((report.duration * 1000).rounded() / 1000) + ",\n"
        out += "  \"files_scanned\" : \(report.filesScanned),\n"
        out += "  \"findings\" : "
        appendFindings(report.findings, to: &out, drain: drain)
        out += ",\n  \"generation\" : " + JSONTreeWriter.write(report.generation.rawValue)
        out += ",\n  \"root\" : " + JSONTreeWriter.write(report.root)
        out += ",\n  \"schema\" : " + JSONTreeWriter.write(jsonSchema)
        out += ",\n  \"skipped\" : " + JSONTreeWriter.write(report.skipped.map { ["path": $0.path, "reason": $0.reason] }, indent: 2)
        out += ",\n  \"summary\" : " + JSONTreeWriter.write(summaryObject(report.summary), indent: 2)
        out += ",\n  \"target\" : " + JSONTreeWriter.write(report.target.rawValue)
        out += "\n}"
        return out
    }

    /// The findings array, four spaces deep, keys sorted as in every other object.
    private static func appendFindings(_ findings: [Finding], to out: inout String, drain: Drain?) {
        guard !findings.isEmpty else { out += "[]"; return }
        var mappingCache: [String: String] = [:]
        out += "[\n"
        for (index, finding) in findings.enumerated() {
            let cacheKey = finding.key + "\u{0}" + finding.symbol
            let mappings: String
            if let cached = mappingCache[cacheKey] {
                mappings = cached
            } else {
                mappings = JSONTreeWriter.write(findingObject(finding)["mappings"] as Any, indent: 6)
                mappingCache[cacheKey] = mappings
            }
            out += "    {\n      \"cataloged\" : " + (finding.cataloged ? "true" : "false")
            out += ",\n      \"column\" : \(finding.column),\n      \"family\" : "
            JSONTreeWriter.appendString(finding.family, to: &out)
            out += ",\n      \"file\" : "
            JSONTreeWriter.appendString(finding.file, to: &out)
            out += ",\n      \"key\" : "
            JSONTreeWriter.appendString(finding.key, to: &out)
            out += ",\n      \"kind\" : "
            JSONTreeWriter.appendString(finding.kind, to: &out)
            out += ",\n      \"language\" : "
            JSONTreeWriter.appendString(finding.language.rawValue, to: &out)
            out += ",\n      \"line\" : \(finding.line),\n      \"mappings\" : " + mappings
            out += ",\n      \"snippet\" : "
            JSONTreeWriter.appendString(finding.snippet, to: &out)
            out += ",\n      \"symbol\" : "
            JSONTreeWriter.appendString(finding.symbol, to: &out)
            out += index == findings.count - 1 ? "\n    }\n" : "\n    },\n"
            drainIfFull(&out, drain)
        }
        out += "  ]"
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
