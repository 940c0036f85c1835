import WorkbenchStore

extension PortfolioReport {
    /// Every team's attempts and the programme's totals.
    static func build(since: DayDate?, from workbench: Workbench) throws(StoreError) -> PortfolioReport {
        let summaries = try workbench.attempts()
        let inputs = try ReportInputs(workbench, since: since)
        let lines = summaries.map(inputs.line)
        let statusCounts = AttemptStatus.allCases.map { status in
            LabelCount(label: status.rawValue, count: lines.filter { $0.status == status.rawValue }.count)
        }
        let teams = try workbench.teams().map { team in
            let mine = lines.filter { $0.team == team.name }
            return TeamLine(
                name: team.name, codebases: team.codebases, attempts: mine.count,
                done: mine.filter { $0.status == AttemptStatus.done.rawValue }.count,
                open: mine.filter { $0.status == AttemptStatus.active.rawValue || $0.status == AttemptStatus.blocked.rawValue }.count,
                hours: mine.reduce(0) { $0 + $1.hours }, findingsLeft: mine.reduce(0) { $0 + ($1.findingsLeft ?? 0) })
        }
        // Losses only from sessions inside the window, so a limited report never shows old numbers.
        let benched = summaries.compactMap { summary -> AttemptMetrics? in
            guard let metric = inputs.metrics[summary.id], inputs.progress[summary.id]?.benchedSince ?? false else { return nil }
            return metric
        }
        let distributions = LossDistribution.byTarget(benched)
        let targets = Target.allCases.compactMap { target -> TargetLine? in
            let mine = lines.filter { $0.target == target.rawValue }
            guard !mine.isEmpty else { return nil }
            return TargetLine(
                target: target.rawValue, attempts: mine.count,
                done: mine.filter { $0.status == AttemptStatus.done.rawValue }.count,
                hours: mine.reduce(0) { $0 + $1.hours },
                medianLoss: distributions.first { $0.target == target }?.median)
        }
        return PortfolioReport(
            statusCounts: statusCounts, teams: teams, targets: targets,
            hoursByMonth: try workbench.hoursByMonth(since: since),
            topBlockers: try workbench.blockerRanking(since: since, limit: 10), lossByTarget: distributions,
            attempts: lines, hours: lines.reduce(0) { $0 + $1.hours })
    }
}
