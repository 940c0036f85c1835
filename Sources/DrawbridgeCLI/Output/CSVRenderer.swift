/// Renders a `Tabular` as RFC 4180 CSV: a header of column names, CRLF line ends, fields
/// quoted when they hold a comma, quote, CR or LF.
public enum CSVRenderer {
    /// The CSV text.
    public static func render(_ table: Tabular) -> String {
        var lines = [table.columns.map { field($0.name) }.joined(separator: ",")]
        for row in table.rows {
            lines.append(row.map { field($0.display) }.joined(separator: ","))
        }
        return lines.joined(separator: "\r\n") + "\r\n"
    }

    /// One field, quoted when needed.
    public static func field(_ text: String) -> String {
        let needsQuotes = text.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }
        guard needsQuotes else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
