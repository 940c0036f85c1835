extension ReportWriter {
    /// The CSV header row's column names.
    public static let csvColumns: [String] = ["file", "line", "column", "symbol", "key", "family", "kind", "language", "cataloged"]
        + Target.allCases.flatMap { ["\($0.rawValue)_replacement", "\($0.rawValue)_effort", "\($0.rawValue)_note"] }

    /// RFC 4180 CSV: a header, then one CRLF-terminated row per finding, fields quoted when needed.
    public static func csv(_ report: ScanReport) -> String {
        var out = csvColumns.map(csvField).joined(separator: ",") + "\r\n"
        for finding in report.findings {
            var fields = [finding.file, String(finding.line), String(finding.column), finding.symbol, finding.key,
                          finding.family, finding.kind, finding.language.rawValue, finding.cataloged ? "true" : "false"]
            for target in Target.allCases {
                let mapping = finding.mappings[target]
                fields += [mapping?.replacement ?? "", mapping?.effort.rawValue ?? "", mapping?.note ?? ""]
            }
            out += fields.map(csvField).joined(separator: ",") + "\r\n"
        }
        return out
    }

    /// One field, quoted (with doubled quotes) when it holds a comma, quote, CR or LF.
    public static func csvField(_ value: String) -> String {
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
