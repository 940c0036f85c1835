extension ReportWriter {
    /// The CSV header row's column names.
    public static let csvColumns: [String] = ["file", "line", "column", "symbol", "key", "family", "kind", "language", "cataloged"]
        + Target.allCases.flatMap { ["\($0.rawValue)_replacement", "\($0.rawValue)_effort", "\($0.rawValue)_note"] }

    /// RFC 4180 CSV: a header, then one CRLF-terminated row per finding, fields quoted when needed.
    public static func csv(_ report: ScanReport, drain: Drain? = nil) -> String {
        var out = Array((csvColumns.map(csvField).joined(separator: ",") + "\r\n").utf8)
        out.reserveCapacity(drain == nil ? report.findings.count * 256 : drainChunk + 65536)
        appendRows(report.findings, format: .csv, to: &out, drain: drain)
        return String(decoding: out, as: UTF8.self)
    }

    /// One field, quoted (with doubled quotes) when it holds a comma, quote, CR or LF.
    public static func csvField(_ value: String) -> String {
        // Bytes, not Characters: grapheme breaking per field was the CSV writer's hot spot.
        guard value.utf8.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
