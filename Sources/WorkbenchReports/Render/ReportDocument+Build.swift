import WorkbenchStore

extension ReportDocument {
    /// Lays out `report`: the same sections, in the same order, for Markdown and HTML.
    init(_ report: Report) {
        var subtitle = "Drawbridge \(report.kind) report · generated \(report.generatedAt)"
        if let since = report.since { subtitle += " · counting from \(since)" }
        self.init(title: report.title, subtitle: subtitle, blocks: [])
        if let attempt = report.attempt { blocks += Self.attemptBlocks(attempt) }
        if let group = report.group { blocks += Self.groupBlocks(group) }
        if let portfolio = report.portfolio { blocks += Self.portfolioBlocks(portfolio) }
        blocks += [.heading("Definitions"), .definitions(report.definitions)]
    }

    /// One sentence that says how an attempt stands.
    static func summarySentence(_ line: AttemptLine) -> String {
        var parts = ["\(line.target) via \(line.strategy), \(line.status)", "\(line.daysOpen) days open",
                     "\(Figures.hours(line.hours)) over \(line.interventions) interventions"]
        if let removed = line.findingsRemoved, let left = line.findingsLeft {
            parts.append("\(removed) findings removed, \(left) left")
        } else {
            parts.append("no scan")
        }
        parts.append(line.medianLoss.map { "median loss \(Figures.loss($0))" } ?? "no benchmark")
        return parts.joined(separator: " · ") + "."
    }

    /// Attempts side by side: the table codebase, team and portfolio reports share.
    static func attemptTable(_ lines: [AttemptLine]) -> Table {
        Table(
            headers: ["#", "Attempt", "Codebase", "Target", "Road", "Status", "Days", "Hours",
                      "Removed", "Left", "Median loss", "Kernels", "PP", "h / finding"],
            rows: lines.map { line in
                ["\(line.id)", line.title, line.codebase, line.target, line.strategy, line.status, "\(line.daysOpen)",
                 Figures.hours(line.hours), Figures.count(line.findingsRemoved), Figures.count(line.findingsLeft),
                 Figures.loss(line.medianLoss), "\(line.kernelsPorted)", Figures.ratio(line.performancePortability),
                 Figures.rate(line.hoursPerFindingRemoved)]
            },
            numeric: [0, 6, 7, 8, 9, 10, 11, 12, 13], empty: "no attempts")
    }

    /// Hours by month stacked by kind, as a chart and a table.
    static func hoursBlocks(_ months: [MonthHours]) -> [Block] {
        let categories = Array(Set(months.map(\.month))).sorted()
        let kinds = InterventionKind.allCases.filter { kind in months.contains { $0.kind == kind } }
        let series = kinds.map { kind in
            ChartSeries(name: kind.rawValue, values: categories.map { month in
                months.filter { $0.month == month && $0.kind == kind }.reduce(0) { $0 + $1.hours }
            })
        }
        let table = Table(
            headers: ["Month"] + kinds.map(\.rawValue) + ["Total"],
            rows: categories.indices.map { index in
                [categories[index]] + series.map { Figures.hours($0.values[index]) }
                    + [Figures.hours(series.reduce(0) { $0 + $1.values[index] })]
            },
            numeric: Set(1...(kinds.count + 1)), empty: "no hours logged")
        guard !categories.isEmpty else { return [.table(table)] }
        return [.chart(.stacked(title: "Hours by month and kind", categories: categories, series: series, unit: "h")), .table(table)]
    }

    /// Median loss per attempt as bars (attempts without a benchmark are left out).
    static func lossChart(_ lines: [AttemptLine]) -> [Block] {
        let bars = lines.compactMap { line in
            line.medianLoss.map { WhiskerBar(label: "#\(line.id) \(line.title)", value: $0, low: nil, high: nil, note: Figures.loss($0)) }
        }
        return bars.isEmpty ? [] : [.chart(.whiskers(title: "Median loss per attempt", bars: bars))]
    }

    /// The CUDA names blocking the most attempts.
    static func blockerRankTable(_ ranks: [BlockerRank]) -> Table {
        Table(
            headers: ["CUDA feature", "Family", "Attempts blocked", "Codebases", "Findings", "Catalog note"],
            rows: ranks.map { [$0.symbol, $0.family, "\($0.attempts)", "\($0.codebases)", "\($0.findings)", $0.note ?? ""] },
            numeric: [2, 3, 4], empty: "no blockers in any latest scan")
    }
}
