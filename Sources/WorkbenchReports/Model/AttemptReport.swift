import WorkbenchStore

/// The story of one attempt: what happened, what it cost, what blocks it, what it lost.
public struct AttemptReport: Sendable, Equatable, Codable {
    /// The headline figures.
    public var line: AttemptLine
    /// Status changes, oldest first.
    public var timeline: [TimelineEntry]
    /// Hours per intervention kind, largest first.
    public var hoursByKind: [HoursBucket]
    /// Hours per engineer, largest first.
    public var hoursByEngineer: [HoursBucket]
    /// Hours per kind and engineer, largest first.
    public var hoursByKindAndEngineer: [KindEngineerHours]
    /// Hours per month and kind.
    public var hoursByMonth: [MonthHours]
    /// Findings per scan by effort, oldest scan first.
    public var burnDown: [BurnDownPoint]
    /// Blocker findings of the latest scan.
    public var blockers: [BlockerFinding]
    /// The latest benchmark session, when there is one.
    public var session: SessionLine?
    /// Loss per kernel, size and port in that session.
    public var losses: [KernelLoss]
}

/// One status change.
public struct TimelineEntry: Sendable, Equatable, Codable {
    /// When (ISO-8601 UTC).
    public var at: String
    /// The status before (nil when the attempt was created).
    public var from: String?
    /// The status after.
    public var to: String
    /// Why.
    public var note: String?
}

/// Hours one engineer spent on one kind of work.
public struct KindEngineerHours: Sendable, Equatable, Codable {
    /// The intervention kind.
    public var kind: String
    /// The engineer.
    public var engineer: String
    /// Total hours.
    public var hours: Double
    /// Interventions.
    public var count: Int
}

/// A finding with no equivalent on the target.
public struct BlockerFinding: Sendable, Equatable, Codable {
    /// File relative to the scan root.
    public var file: String
    /// 1-based line.
    public var line: Int64
    /// The CUDA name as written.
    public var symbol: String
    /// Catalog family.
    public var family: String
    /// Catalog note on the target.
    public var note: String?
}

/// The benchmark session a loss table comes from.
public struct SessionLine: Sendable, Equatable, Codable {
    /// Session id.
    public var id: Int64
    /// Its label.
    public var label: String?
    /// When it started.
    public var startedAt: String
    /// Port compared against.
    public var baselinePort: String?
    /// `run` or `import`.
    public var source: String
}

/// One kernel's loss on one port at one size, with its 95% interval.
public struct KernelLoss: Sendable, Equatable, Codable {
    /// Kernel name.
    public var kernel: String
    /// Problem size label.
    public var size: String
    /// Port measured.
    public var port: String
    /// Port compared against.
    public var baselinePort: String
    /// Port time / baseline time.
    public var ratio: Double?
    /// Loss, percent (negative when faster).
    public var lossPercent: Double
    /// Loss at the interval's low end, percent.
    public var lossLow: Double?
    /// Loss at the interval's high end, percent.
    public var lossHigh: Double?
    /// The comparison's verdict.
    public var verdict: String?
    /// Rounds the comparison was measured in (nil for results stored before rounds existed).
    public var rounds: Int?
    /// Robust relative spread of the ratio between rounds (0.01 = ±1%), when measured in rounds.
    public var roundSpread: Double?
}
