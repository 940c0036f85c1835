import WorkbenchStore

/// The workspace-wide figures every report reads once, then slices per attempt.
struct ReportInputs {
    /// Scan and benchmark figures per attempt (the TUI's `attemptMetrics()`).
    var metrics: [Int64: AttemptMetrics]
    /// First-scan findings and totals since the report's first day.
    var progress: [Int64: AttemptProgress]
    /// Each attempt's latest benchmark results.
    var results: [Int64: [BenchResult]]
    /// Whether a `since` day limits the report.
    var limited: Bool

    /// Reads them from `workbench`.
    init(_ workbench: Workbench, since: DayDate?) throws(StoreError) {
        metrics = try workbench.attemptMetrics()
        progress = try workbench.attemptProgress(since: since)
        results = try workbench.latestBenchResults()
        limited = since != nil
    }

    /// The headline figures of `summary`.
    func line(_ summary: AttemptSummary) -> AttemptLine {
        AttemptLine.make(
            summary, metrics: metrics[summary.id], progress: progress[summary.id],
            latestResults: results[summary.id] ?? [], limited: limited)
    }
}
