import WorkbenchStore

/// Everything the portfolio and attempts screens show, read from the store in one go so
/// a reload is one consistent picture.
public struct WorkspaceSnapshot: Sendable {
    /// Attempts per status word (every status present, zero when none).
    public var attemptsByStatus: [String: Int]
    /// Intervention hours logged this calendar month.
    public var hoursThisMonth: Double
    /// Intervention hours logged in total.
    public var hours: Double
    /// Number of interventions logged.
    public var interventions: Int
    /// Teams by name.
    public var teams: [TeamSummary]
    /// Codebases by name.
    public var codebases: [CodebaseSummary]
    /// Attempts by team, codebase and id.
    public var attempts: [AttemptSummary]
    /// Scan and benchmark figures per attempt id.
    public var metrics: [Int64: AttemptMetrics]
    /// Median loss per target, for targets with benchmark results.
    public var lossByTarget: [Target: Double]

    /// Reads a snapshot from `workbench`.
    public static func load(from workbench: Workbench) throws(StoreError) -> WorkspaceSnapshot {
        let metrics = try workbench.attemptMetrics()
        var byTarget: [Target: [Double]] = [:]
        for metric in metrics.values where !metric.losses.isEmpty { byTarget[metric.target, default: []] += metric.losses }
        let overview = try workbench.overview()
        return WorkspaceSnapshot(
            attemptsByStatus: overview.attemptsByStatus, hoursThisMonth: overview.hoursThisMonth,
            hours: overview.hours, interventions: overview.interventions, teams: try workbench.teams(), codebases: try workbench.codebases(),
            attempts: try workbench.attempts(), metrics: metrics, lossByTarget: byTarget.compactMapValues(Median.of))
    }

    /// An empty workspace (before the first load).
    public static let empty = WorkspaceSnapshot(
        attemptsByStatus: [:], hoursThisMonth: 0, hours: 0, interventions: 0, teams: [], codebases: [], attempts: [], metrics: [:], lossByTarget: [:])

    /// True when the workspace holds no team, codebase or attempt.
    public var isEmpty: Bool { teams.isEmpty && codebases.isEmpty && attempts.isEmpty }

    /// The attempt with `id`, if present.
    public func attempt(_ id: Int64) -> AttemptSummary? { attempts.first { $0.id == id } }
}
