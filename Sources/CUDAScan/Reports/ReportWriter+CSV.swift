extension ReportWriter {
    /// The CSV header row's column names.
    public static let csvColumns: [String] = ["file", "line", "column", "symbol", "key", "family", "kind", "language", "cataloged"]
        + Target.allCases.flatMap { ["\($0.rawValue)_replacement", "\($0.rawValue)_effort", "\($0.rawValue)_note"] }

    /// RFC 4180 CSV: a header, then one CRLF-terminated row per finding, fields quoted when needed.
    public static func csv(_ report: ScanReport, drain: Drain? = nil) -> String {
        var out = csvColumns.map(csvField).joined(separator: ",") + "\r\n"
        out.reserveCapacity(drain == nil ? report.findings.count * 200 : drainChunk + 4096)
        // Appended field by field: building arrays and joining them per row was most of the
        // time for a few hundred thousand findings.
        // Replacements and notes repeat across findings; each is quoted once.
        var quoted: [String: String] = [:]
        func cachedField(_ value: String) -> String {
            if let hit = quoted[value] { return hit }
            let field = csvField(value)
            quoted[value] = field
            return field
        }
        for finding in report.findings {
            out += csvField(finding.file)
            out += ","
            out += String(finding.line)
            out += ","
            out += String(finding.column)
            for field in [finding.symbol, finding.key, finding.family, finding.kind, finding.language.rawValue] {
                out += ","
                out += csvField(field)
            }
            out += finding.cataloged ? ",true" : ",false"
            for target in Target.allCases {
                let mapping = finding.mappings[target]
                out += ","
                out += cachedField(mapping?.replacement ?? "")
                out += ","
                out += mapping?.effort.rawValue ?? ""
                out += ","
                out += cachedField(mapping?.note ?? "")
            }
            out += "\r\n"
            drainIfFull(&out, drain)
        }
        return out
    }

    /// One field, quoted (with doubled quotes) when it holds a comma, quote, CR or LF.
    public static func csvField(_ value: String) -> String {
        // Bytes, not Characters: grapheme breaking per field was the CSV writer's hot spot.
        guard value.utf8.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
