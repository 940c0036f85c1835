extension ReportWriter {
    /// A Markdown report a lead can paste: totals by family and effort, top files, blockers.
    public static func markdown(_ report: ScanReport, topFiles: Int = 10, maxBlockers: Int = 50) -> String {
        let summary = report.summary
        let target = report.target
        var out = "# CUDA dependency report: \(escape(report.root))\n\n"
        out += "Target **\(target.rawValue)**"
        if target == .ascend { out += " (chip generation \(report.generation.rawValue))" }
        out += ". \(report.filesScanned) files (\(report.bytesScanned) bytes) scanned, \(report.skipped.count) skipped, "
        out += "**\(summary.total) findings** in \(summary.filesWithFindings) files"
        out += summary.uncataloged > 0 ? " (\(summary.uncataloged) not in the catalog, effort not assessed).\n\n" : ".\n\n"
        out += summary.withoutAnswer > 0
            ? "\(summary.withoutAnswer) findings have no \(target.rawValue) answer in the catalog (no replacement and no reason, "
              + "or not assessed): the column *no answer* shows where.\n\n"
            : "Every finding has a \(target.rawValue) answer in the catalog.\n\n"
        out += "## By family and effort\n\n| family | total | " + Effort.allCases.map(\.rawValue).joined(separator: " | ")
            + " | no answer |\n"
        out += "|---|---:|" + Effort.allCases.map { _ in "---:" }.joined(separator: "|") + "|---:|\n"
        for (family, count) in summary.byFamily.sorted(by: { ($1.value, $0.key) < ($0.value, $1.key) }) {
            let counts = summary.byFamilyAndEffort[family] ?? [:]
            out += "| \(escape(family)) | \(count) | " + Effort.allCases.map { String(counts[$0] ?? 0) }.joined(separator: " | ")
                + " | \(summary.withoutAnswerByFamily[family] ?? 0) |\n"
        }
        out += "| **total** | **\(summary.total)** | "
            + Effort.allCases.map { "**\(summary.byEffort[$0] ?? 0)**" }.joined(separator: " | ") + " | **\(summary.withoutAnswer)** |\n\n"
        // Counted a run of one file at a time (findings come sorted by file), and blockers kept by position, so a
        // large scan costs one dictionary update per file and copies no findings.
        var perFile: [String: (total: Int, blockers: Int)] = [:]
        var blockers: [Int] = []
        var blockerCount = 0
        var run: (file: String, total: Int, blockers: Int)?
        func closeRun() {
            guard let run else { return }
            let old = perFile[run.file] ?? (0, 0)
            perFile[run.file] = (old.total + run.total, old.blockers + run.blockers)
        }
        // In place, field by field: iterating the list copied every finding.
        report.findings.forEachInPlace { finding, index in
            if finding.pointee.file != run?.file {
                closeRun()
                run = (finding.pointee.file, 0, 0)
            }
            run?.total += 1
            if finding.pointee.meaning.effort(for: target) == .blocker {
                run?.blockers += 1
                blockerCount += 1
                if blockers.count < maxBlockers { blockers.append(index) }
            }
        }
        closeRun()
        if !perFile.isEmpty {
            out += "## Top files\n\n| file | findings | blockers |\n|---|---:|---:|\n"
            for (file, counts) in perFile.sorted(by: { ($1.value.total, $0.key) < ($0.value.total, $1.key) }).prefix(topFiles) {
                out += "| `\(escape(file))` | \(counts.total) | \(counts.blockers) |\n"
            }
            out += "\n"
        }
        out += "## Blockers on \(target.rawValue)\n\n"
        if blockers.isEmpty { out += "None.\n" }
        for finding in blockers.map({ report.findings[$0] }) {
            let note = finding.mappings[target]?.note.map { " — \(escape($0))" } ?? ""
            out += "- `\(escape(finding.file)):\(finding.line)` `\(escape(finding.symbol))` (\(finding.family))\(note)\n"
        }
        if blockerCount > maxBlockers { out += "- … and \(blockerCount - maxBlockers) more\n" }
        if !report.skipped.isEmpty {
            out += "\n## Skipped\n\n"
            for skip in report.skipped.prefix(50) { out += "- `\(escape(skip.path))`: \(escape(skip.reason))\n" }
            if report.skipped.count > 50 { out += "- … and \(report.skipped.count - 50) more\n" }
        }
        return out
    }

    /// Text safe inside Markdown table cells and code spans: control characters shown, pipes and backticks escaped.
    static func escape(_ text: String) -> String {
        DisplaySanitizer.sanitize(text).replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "`", with: "'")
    }
}
