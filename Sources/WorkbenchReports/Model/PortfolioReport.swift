import WorkbenchStore

/// The whole migration programme.
public struct PortfolioReport: Sendable, Equatable, Codable {
    /// Attempts per status, every status listed.
    public var statusCounts: [LabelCount]
    /// Teams with their totals.
    public var teams: [TeamLine]
    /// Attempts, hours and median loss per target.
    public var targets: [TargetLine]
    /// Hours per month and kind.
    public var hoursByMonth: [MonthHours]
    /// The ten CUDA names blocking the most attempts.
    public var topBlockers: [BlockerRank]
    /// Loss distribution per target.
    public var lossByTarget: [LossDistribution]
    /// Every attempt's headline figures.
    public var attempts: [AttemptLine]
    /// Total hours.
    public var hours: Double
}

/// A label and how many.
public struct LabelCount: Sendable, Equatable, Codable {
    /// The label.
    public var label: String
    /// The count.
    public var count: Int
}

/// One team's totals.
public struct TeamLine: Sendable, Equatable, Codable {
    /// Team name.
    public var name: String
    /// Codebases.
    public var codebases: Int
    /// Attempts.
    public var attempts: Int
    /// Attempts done.
    public var done: Int
    /// Attempts active or blocked.
    public var open: Int
    /// Hours counted.
    public var hours: Double
    /// Findings left over its attempts' latest scans.
    public var findingsLeft: Int
}

/// One target's totals.
public struct TargetLine: Sendable, Equatable, Codable {
    /// The target.
    public var target: String
    /// Attempts.
    public var attempts: Int
    /// Attempts done.
    public var done: Int
    /// Hours counted.
    public var hours: Double
    /// Median loss over the latest session of each attempt (as the TUI's per-target figure).
    public var medianLoss: Double?
}
