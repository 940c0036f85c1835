extension ReportWriter {
    /// A terminal report: totals, a per-family summary by effort (like HIPIFY's `--examine`), findings, skips.
    /// Every file name and snippet is sanitised, so control characters never reach the terminal.
    public static func table(_ report: ScanReport) -> String {
        let summary = report.summary
        let target = report.target
        var out = "Drawbridge scan of \(DisplaySanitizer.sanitize(report.root)) — target \(target.rawValue)"
        if target == .ascend { out += " (\(report.generation.rawValue))" }
        out += "\n"
        out += "files scanned: \(report.filesScanned)   bytes: \(report.bytesScanned)   skipped: \(report.skipped.count)"
        out += "   findings: \(summary.total) (\(summary.uncataloged) not in catalog)\n\n"
        let efforts = Effort.allCases
        var rows: [[String]] = [["family", "total"] + efforts.map(\.rawValue)]
        for (family, count) in summary.byFamily.sorted(by: { ($1.value, $0.key) < ($0.value, $1.key) }) {
            let counts = summary.byFamilyAndEffort[family] ?? [:]
            rows.append([family, String(count)] + efforts.map { String(counts[$0] ?? 0) })
        }
        rows.append(["TOTAL", String(summary.total)] + efforts.map { String(summary.byEffort[$0] ?? 0) })
        out += align(rows, rightAligned: Set(1..<(2 + efforts.count)))
        if !report.findings.isEmpty {
            out += "\n"
            var findingRows: [[String]] = [["location", "symbol", "family", "\(target.rawValue) replacement", "effort", "note"]]
            for finding in report.findings {
                let mapping = finding.mappings[target]
                findingRows.append([
                    DisplaySanitizer.sanitize("\(finding.file):\(finding.line):\(finding.column)"),
                    DisplaySanitizer.sanitize(finding.symbol),
                    finding.family,
                    DisplaySanitizer.sanitize(replacementText(mapping)),
                    mapping?.effort.rawValue ?? "rewrite",
                    DisplaySanitizer.sanitize(mapping?.note ?? ""),
                ])
            }
            out += align(findingRows, rightAligned: [])
        }
        if !report.skipped.isEmpty {
            out += "\nskipped:\n"
            for skip in report.skipped {
                out += "  \(DisplaySanitizer.sanitize(skip.path)): \(DisplaySanitizer.sanitize(skip.reason))\n"
            }
        }
        return out
    }

    /// Pads columns to a common width (by characters), two spaces apart; trailing blanks trimmed.
    static func align(_ rows: [[String]], rightAligned: Set<Int>) -> String {
        guard let columns = rows.map(\.count).max() else { return "" }
        var widths = [Int](repeating: 0, count: columns)
        for row in rows { for (index, cell) in row.enumerated() { widths[index] = max(widths[index], cell.count) } }
        var out = ""
        for row in rows {
            var line = ""
            for (index, cell) in row.enumerated() {
                let pad = String(repeating: " ", count: widths[index] - cell.count)
                line += rightAligned.contains(index) ? pad + cell : cell + (index == row.count - 1 ? "" : pad)
                if index < row.count - 1 { line += "  " }
            }
            while line.hasSuffix(" ") { line.removeLast() }
            out += line + "\n"
        }
        return out
    }
}
