import CUDAScan
import Foundation
import WorkbenchStore

/// Converts between the scanner's report and the store's scan and finding rows.
public enum ScanRecords {
    /// The scan row and finding rows for a report; efforts are those of the report's target.
    public static func records(
        for report: ScanReport, startedAt: Date, gitRevision: String?, catalogVersion: String?
    ) -> (WorkbenchStore.Scan, [WorkbenchStore.Finding]) {
        let scan = WorkbenchStore.Scan(
            codebaseId: nil, attemptId: nil, root: report.root, gitRevision: gitRevision,
            target: report.target.rawValue,
            chipGeneration: report.target == .ascend ? report.generation.rawValue : nil,
            catalogVersion: catalogVersion, startedAt: Timestamp.string(from: startedAt),
            durationMs: Int64((report.duration * 1000).rounded()), filesScanned: Int64(report.filesScanned),
            bytesScanned: Int64(report.bytesScanned), filesSkipped: Int64(report.skipped.count),
            findingCount: Int64(report.findings.count))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let findings = report.findings.map { finding -> WorkbenchStore.Finding in
            let mapping = finding.mappings[report.target]
            let effort: WorkbenchStore.Effort = finding.cataloged
                ? (mapping.flatMap { WorkbenchStore.Effort(rawValue: $0.effort.rawValue) } ?? .unknown) : .unknown
            var byTarget: [String: Mapping] = [:]
            for (target, value) in finding.mappings { byTarget[target.rawValue] = value }
            let mappingsJSON = (try? encoder.encode(byTarget)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
            return WorkbenchStore.Finding(
                scanId: 0, file: finding.file, line: Int64(finding.line), column: Int64(finding.column),
                symbol: finding.symbol, kind: finding.kind, family: finding.family,
                language: finding.language.rawValue, effort: effort, replacement: mapping?.replacement,
                note: mapping?.note, mappings: mappingsJSON, snippet: finding.snippet)
        }
        return (scan, findings)
    }

    /// A stored finding as the scanner's value, for diffs between stored scans.
    public static func scannerFinding(_ stored: WorkbenchStore.Finding, target: CUDAScan.Target) -> CUDAScan.Finding {
        let decoded = (try? JSONDecoder().decode([String: Mapping].self, from: Data(stored.mappings.utf8))) ?? [:]
        var mappings: [CUDAScan.Target: Mapping] = [:]
        for (key, value) in decoded {
            if let target = CUDAScan.Target(rawValue: key) { mappings[target] = value }
        }
        return CUDAScan.Finding(
            file: stored.file, line: Int(stored.line), column: Int(stored.column), symbol: stored.symbol,
            key: stored.symbol, family: stored.family, kind: stored.kind,
            language: Language(rawValue: stored.language) ?? .cpp, cataloged: stored.effort != .unknown,
            mappings: mappings, snippet: stored.snippet ?? "")
    }
}
