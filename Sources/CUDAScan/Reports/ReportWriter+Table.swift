extension ReportWriter {
    /// A terminal report: totals, a per-family summary by effort (like HIPIFY's `--examine`), findings, skips.
    /// Every file name and snippet is sanitised, so control characters never reach the terminal.
    ///
    /// With `drain`, the findings table is handed over a chunk at a time, like the CSV and JSON reports.
    public static func table(_ report: ScanReport, drain: Drain? = nil) -> String {
        let summary = report.summary
        let target = report.target
        var head = "Drawbridge scan of \(DisplaySanitizer.sanitize(report.root)) — target \(target.rawValue)"
        if target == .ascend { head += " (\(report.generation.rawValue))" }
        head += "\n"
        head += "files scanned: \(report.filesScanned)   bytes: \(report.bytesScanned)   skipped: \(report.skipped.count)"
        head += "   findings: \(summary.total) (\(summary.uncataloged) not in catalog, "
            + "\(summary.withoutAnswer) with no \(target.rawValue) answer)\n\n"
        let efforts = Effort.allCases
        var rows: [[String]] = [["family", "total"] + efforts.map(\.rawValue) + ["no answer"]]
        for (family, count) in summary.byFamily.sorted(by: { ($1.value, $0.key) < ($0.value, $1.key) }) {
            let counts = summary.byFamilyAndEffort[family] ?? [:]
            rows.append([family, String(count)] + efforts.map { String(counts[$0] ?? 0) }
                        + [String(summary.withoutAnswerByFamily[family] ?? 0)])
        }
        rows.append(["TOTAL", String(summary.total)] + efforts.map { String(summary.byEffort[$0] ?? 0) } + [String(summary.withoutAnswer)])
        head += align(rows, rightAligned: Set(1..<(3 + efforts.count)))
        var out = Array(head.utf8)
        if !report.findings.isEmpty {
            out.append(0x0A)
            FindingTable(findings: report.findings, target: target).append(to: &out, drain: drain)
        }
        if !report.skipped.isEmpty {
            var tail = "\nskipped:\n"
            for skip in report.skipped {
                tail += "  \(DisplaySanitizer.sanitize(skip.path)): \(DisplaySanitizer.sanitize(skip.reason))\n"
            }
            out += Array(tail.utf8)
        }
        return String(decoding: out, as: UTF8.self)
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
