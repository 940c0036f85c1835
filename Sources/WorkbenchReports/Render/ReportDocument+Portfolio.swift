import WorkbenchStore

extension ReportDocument {
    /// A codebase's or team's attempts side by side.
    static func groupBlocks(_ group: GroupReport) -> [Block] {
        var blocks: [Block] = [
            .paragraph((group.team.map { "Team \($0). " } ?? "") + "\(group.attempts.count) attempts, \(Figures.hours(group.hours)) in all."),
            .heading("Attempts side by side"),
            .table(attemptTable(group.attempts)),
        ]
        blocks += lossChart(group.attempts)
        for road in group.ascendRoads {
            blocks += [
                .heading("Ascend roads compared: \(road.codebase)"),
                .table(Table(
                    headers: ["Road", "Attempt", "Status", "Days", "Hours", "Removed", "Left", "Median loss", "PP"],
                    rows: road.attempts.map {
                        [$0.strategy, $0.title, $0.status, "\($0.daysOpen)", Figures.hours($0.hours), Figures.count($0.findingsRemoved),
                         Figures.count($0.findingsLeft), Figures.loss($0.medianLoss), Figures.ratio($0.performancePortability)]
                    },
                    numeric: [3, 4, 5, 6, 7, 8])),
            ]
        }
        blocks.append(.heading("Hours"))
        blocks += hoursBlocks(group.hoursByMonth)
        blocks += [.heading("Biggest blockers"), .table(blockerRankTable(group.topBlockers))]
        return blocks
    }

    /// The whole programme.
    static func portfolioBlocks(_ portfolio: PortfolioReport) -> [Block] {
        let total = portfolio.statusCounts.reduce(0) { $0 + $1.count }
        var blocks: [Block] = [
            .paragraph("\(portfolio.teams.count) teams, \(total) attempts, \(Figures.hours(portfolio.hours)) logged."),
            .heading("Attempts by status"),
            .table(Table(headers: ["Status", "Attempts"], rows: portfolio.statusCounts.map { [$0.label, "\($0.count)"] }, numeric: [1])),
            .heading("Teams"),
            .table(Table(
                headers: ["Team", "Codebases", "Attempts", "Done", "Active or blocked", "Hours", "Findings left"],
                rows: portfolio.teams.map {
                    [$0.name, "\($0.codebases)", "\($0.attempts)", "\($0.done)", "\($0.open)", Figures.hours($0.hours), "\($0.findingsLeft)"]
                },
                numeric: [1, 2, 3, 4, 5, 6], empty: "no teams")),
            .heading("Targets"),
            .table(Table(
                headers: ["Target", "Attempts", "Done", "Hours", "Median loss"],
                rows: portfolio.targets.map { [$0.target, "\($0.attempts)", "\($0.done)", Figures.hours($0.hours), Figures.loss($0.medianLoss)] },
                numeric: [1, 2, 3, 4], empty: "no attempts")),
            .heading("Hours"),
        ]
        blocks += hoursBlocks(portfolio.hoursByMonth)
        blocks += [
            .heading("The ten biggest blockers"),
            .paragraph("Which CUDA features block the most attempts (effort blocker in each attempt's latest scan)."),
            .table(blockerRankTable(portfolio.topBlockers)),
            .heading("Loss by target"),
        ]
        let bars = portfolio.lossByTarget.map {
            WhiskerBar(label: "\($0.target.rawValue) (\($0.results) results)", value: $0.median, low: $0.min, high: $0.max,
                       note: "median \(Figures.loss($0.median))")
        }
        if !bars.isEmpty { blocks.append(.chart(.whiskers(title: "Median loss per target, whiskers min to max", bars: bars))) }
        blocks.append(.table(Table(
            headers: ["Target", "Attempts", "Results", "Min", "Q1", "Median", "Q3", "Max"],
            rows: portfolio.lossByTarget.map {
                [$0.target.rawValue, "\($0.attempts)", "\($0.results)", Figures.loss($0.min), Figures.loss($0.q1),
                 Figures.loss($0.median), Figures.loss($0.q3), Figures.loss($0.max)]
            },
            numeric: [1, 2, 3, 4, 5, 6, 7], empty: "no benchmark results")))
        blocks += [.heading("Every attempt"), .table(attemptTable(portfolio.attempts))]
        return blocks
    }
}
