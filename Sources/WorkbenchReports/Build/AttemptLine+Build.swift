import WorkbenchStore

extension AttemptLine {
    /// The figures every attempt row shows, taken from the store's shared queries:
    /// `AttemptSummary` (hours, days open), `AttemptMetrics` (findings left, median loss),
    /// `AttemptProgress` (first scan and totals since a date) and the latest session's results.
    static func make(
        _ summary: AttemptSummary, metrics: AttemptMetrics?, progress: AttemptProgress?,
        latestResults: [BenchResult], limited: Bool
    ) -> AttemptLine {
        let scans = progress?.scans ?? metrics?.scans ?? 0
        // With no scan in the window there is nothing to say about findings; the latest scan
        // is the same with or without the window, so "left" stays the TUI's figure.
        let left = scans > 0 ? metrics?.openFindings : nil
        let first = progress?.firstScanFindings
        let removed = first.flatMap { first in left.map { first - $0 } }
        let benched = progress?.benchedSince ?? !(metrics?.losses.isEmpty ?? true)
        let results = benched ? latestResults : []
        let kernels = Set(results.filter(Self.isPorted).map(\.kernel)).count
        let hours = limited ? (progress?.hours ?? 0) : summary.hours
        return AttemptLine(
            id: summary.id, title: summary.title, team: summary.team, codebase: summary.codebase,
            target: summary.target.rawValue, strategy: summary.strategy.rawValue, status: summary.status.rawValue,
            sourceStack: summary.sourceStack, targetStack: summary.targetStack, daysOpen: summary.daysOpen,
            interventions: limited ? (progress?.interventions ?? 0) : summary.interventions, hours: hours,
            scans: scans, findingsFirst: first, findingsLeft: left, findingsRemoved: removed,
            medianLoss: benched ? metrics?.medianLoss : nil, kernelsPorted: kernels,
            performancePortability: PerformancePortability.of(results),
            hoursPerFindingRemoved: removed.flatMap { $0 > 0 ? hours / Double($0) : nil },
            hoursPerKernelPorted: kernels > 0 ? hours / Double(kernels) : nil)
    }

    /// A kernel counts as ported when a port was compared with the baseline and got the
    /// right answer (its checksum did not fail and its verdict is not `WRONG`).
    static func isPorted(_ result: BenchResult) -> Bool {
        result.baselinePort != nil && result.ratio != nil && result.verdict != .wrong && result.checksumOk != false
    }
}
