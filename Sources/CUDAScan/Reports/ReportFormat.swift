/// The output formats of a scan report.
public enum ReportFormat: String, Sendable, CaseIterable {
    /// A terminal table with a per-family summary.
    case table
    /// One JSON object, schema `drawbridge.scan/1`.
    case json
    /// SARIF 2.1.0 for code-scanning services.
    case sarif
    /// A Markdown report for people.
    case markdown
    /// RFC 4180 CSV, one row per finding.
    case csv

    /// Whether the report uses findings' source lines: JSON prints them, SARIF checks them before giving a column.
    public var usesSnippets: Bool {
        switch self {
        case .json, .sarif: return true
        case .table, .markdown, .csv: return false
        }
    }
}

/// Pure functions from a scan report to text.
public enum ReportWriter {
    /// The JSON schema identifier written into JSON reports.
    public static let jsonSchema = "drawbridge.scan/1"

    /// Renders `report` in `format`; SARIF rule descriptions come from `catalog` when given.
    ///
    /// With `drain`, the CSV and JSON writers hand over what they have written every
    /// `drainChunk` bytes, so a report of hundreds of thousands of findings is never held
    /// whole in memory; the returned string is the rest.
    public static func render(
        _ report: ScanReport, as format: ReportFormat, catalog: Catalog? = nil, drain: Drain? = nil
    ) -> String {
        switch format {
        case .table: return table(report, drain: drain)
        case .json: return json(report, drain: drain)
        case .sarif: return sarif(report, catalog: catalog, drain: drain)
        case .markdown: return markdown(report)
        case .csv: return csv(report, drain: drain)
        }
    }

    /// Takes a chunk of a report being written, in UTF-8, and writes it out.
    public typealias Drain = ([UInt8]) -> Void

    /// How many bytes a streaming writer collects before it drains them.
    static let drainChunk = 1 << 20

    /// Drains `out` (and empties it) when it has grown past a chunk.
    @inline(__always)
    static func drainIfFull(_ out: inout [UInt8], _ drain: Drain?) {
        if let drain, out.count >= drainChunk {
            drain(out)
            out.removeAll(keepingCapacity: true)
        }
    }

    /// Whether any finding's effort on `target` (default: the report's target) is at or above `threshold`, for CI gates.
    public static func failOn(_ report: ScanReport, threshold: Effort, target: Target? = nil) -> Bool {
        let t = target ?? report.target
        return report.findings.contains { ($0.effort(for: t) ?? .rewrite) >= threshold }
    }

    /// The replacement text shown for a mapping: the symbol, or `(none)`.
    static func replacementText(_ mapping: Mapping?) -> String {
        mapping?.replacement ?? "(none)"
    }
}
