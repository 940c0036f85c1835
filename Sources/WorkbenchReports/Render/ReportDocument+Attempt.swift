import WorkbenchStore

extension ReportDocument {
    /// The sections of an attempt's story.
    static func attemptBlocks(_ report: AttemptReport) -> [Block] {
        let line = report.line
        var blocks: [Block] = [
            .paragraph("\(line.team) / \(line.codebase) — " + summarySentence(line)),
            .figures([
                ("Target", line.target), ("Road", line.strategy), ("Status", line.status),
                ("From", line.sourceStack), ("To", line.targetStack ?? "—"),
                ("Days open", "\(line.daysOpen)"), ("Hours", Figures.hours(line.hours)),
                ("Interventions", "\(line.interventions)"), ("Scans", "\(line.scans)"),
                ("Findings in first scan", Figures.count(line.findingsFirst)),
                ("Findings removed", Figures.count(line.findingsRemoved)), ("Findings left", Figures.count(line.findingsLeft)),
                ("Median loss", Figures.loss(line.medianLoss)), ("Kernels ported", "\(line.kernelsPorted)"),
                ("Performance portability", Figures.ratio(line.performancePortability)),
            ]),
            .heading("Status timeline"),
            .table(Table(
                headers: ["When", "From", "To", "Note"],
                rows: report.timeline.map { [Figures.day($0.at), $0.from ?? "—", $0.to, $0.note ?? ""] },
                empty: "no status changes")),
            .heading("Interventions"),
        ]
        blocks += interventionBlocks(report)
        blocks += [.heading("Burn-down of CUDA findings")]
        blocks += burnDownBlocks(report.burnDown)
        blocks += [
            .heading("Remaining blockers"),
            .table(Table(
                headers: ["File:line", "CUDA feature", "Family", "Catalog note"],
                rows: report.blockers.map { ["\($0.file):\($0.line)", $0.symbol, $0.family, $0.note ?? ""] },
                empty: line.scans == 0 ? "not scanned" : "no blockers in the latest scan")),
            .heading("Kernel loss"),
        ]
        blocks += lossBlocks(report)
        blocks += [
            .heading("What it cost"),
            .figures([
                ("Hours", Figures.hours(line.hours)),
                ("Hours per finding removed", Figures.rate(line.hoursPerFindingRemoved)),
                ("Hours per kernel ported", Figures.rate(line.hoursPerKernelPorted)),
                ("Median loss", Figures.loss(line.medianLoss)),
            ]),
        ]
        return blocks
    }

    /// Hours by kind and engineer, then by month; one line when nothing was logged.
    private static func interventionBlocks(_ report: AttemptReport) -> [Block] {
        guard !report.hoursByKindAndEngineer.isEmpty else { return [.paragraph("No interventions logged.")] }
        var blocks: [Block] = [
            .table(Table(
                headers: ["Kind", "Engineer", "Interventions", "Hours"],
                rows: report.hoursByKindAndEngineer.map { [$0.kind, $0.engineer, "\($0.count)", Figures.hours($0.hours)] },
                numeric: [2, 3], empty: "no interventions logged")),
            .table(Table(
                headers: ["Kind", "Interventions", "Hours"],
                rows: report.hoursByKind.map { [$0.label, "\($0.count)", Figures.hours($0.hours)] },
                numeric: [1, 2], empty: "no interventions logged")),
            .table(Table(
                headers: ["Engineer", "Interventions", "Hours"],
                rows: report.hoursByEngineer.map { [$0.label, "\($0.count)", Figures.hours($0.hours)] },
                numeric: [1, 2], empty: "no interventions logged")),
        ]
        blocks += hoursBlocks(report.hoursByMonth)
        return blocks
    }

    private static func burnDownBlocks(_ points: [BurnDownPoint]) -> [Block] {
        let efforts = Effort.allCases.map(\.rawValue)
        let table = Table(
            headers: ["Scan", "Date"] + efforts + ["Total"],
            rows: points.map { point in
                ["\(point.scanId)", Figures.day(point.startedAt)] + efforts.map { "\(point.byEffort[$0] ?? 0)" } + ["\(point.total)"]
            },
            numeric: Set(2...(efforts.count + 2)), empty: "not scanned")
        guard !points.isEmpty else { return [.table(table)] }
        let series = [ChartSeries(name: "total", values: points.map { Double($0.total) })]
            + efforts.map { effort in ChartSeries(name: effort, values: points.map { Double($0.byEffort[effort] ?? 0) }) }
        let labels = points.map { "scan \($0.scanId) · \(Figures.day($0.startedAt))" }
        return [.chart(.lines(title: "Findings per scan by effort", xLabels: labels, series: series)), .table(table)]
    }

    private static func lossBlocks(_ report: AttemptReport) -> [Block] {
        guard let session = report.session else { return [.paragraph("No benchmark session.")] }
        var blocks: [Block] = [.paragraph(
            "Session \(session.id)" + (session.label.map { " (\($0))" } ?? "") + ", \(session.source), started \(session.startedAt)"
                + (session.baselinePort.map { ", baseline port \($0)" } ?? "") + ". Performance portability "
                + Figures.ratio(report.line.performancePortability) + ".")]
        let bars = report.losses.map { loss in
            WhiskerBar(
                label: "\(loss.kernel) \(loss.size) \(loss.port)", value: loss.lossPercent, low: loss.lossLow, high: loss.lossHigh,
                note: Figures.loss(loss.lossPercent) + " " + (loss.verdict ?? ""))
        }
        if !bars.isEmpty { blocks.append(.chart(.whiskers(title: "Loss per kernel with 95% interval", bars: bars))) }
        blocks.append(.table(Table(
            headers: ["Kernel", "Size", "Port", "Baseline", "Ratio", "Loss", "95% interval", "Rounds", "Spread", "Verdict"],
            rows: report.losses.map {
                [$0.kernel, $0.size, $0.port, $0.baselinePort, Figures.ratio($0.ratio), Figures.loss($0.lossPercent),
                 Figures.interval($0.lossLow, $0.lossHigh), Figures.count($0.rounds), Figures.spread($0.roundSpread),
                 $0.verdict ?? "—"]
            },
            numeric: [4, 5, 6, 7, 8], empty: "no compared results")))
        return blocks
    }
}
