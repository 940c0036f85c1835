/// A migration report: every number for one scope, computed from the store, ready to render.
public struct Report: Sendable, Equatable, Codable {
    /// `attempt`, `codebase`, `team` or `portfolio`.
    public var kind: String
    /// The heading.
    public var title: String
    /// When it was built (the workbench clock, ISO-8601 UTC).
    public var generatedAt: String
    /// The first day counted, when the report was limited (`YYYY-MM-DD`).
    public var since: String?
    /// What the figures mean, term by term.
    public var definitions: [Definition]
    /// The attempt's story (attempt reports).
    public var attempt: AttemptReport?
    /// Attempts side by side (codebase and team reports).
    public var group: GroupReport?
    /// The whole programme (portfolio reports).
    public var portfolio: PortfolioReport?
}

/// A term and what it means in the report.
public struct Definition: Sendable, Equatable, Codable {
    /// The term ("findings removed").
    public var term: String
    /// Its meaning.
    public var meaning: String
}

/// One attempt's headline figures: the row every report kind shows.
public struct AttemptLine: Sendable, Equatable, Codable {
    /// Attempt id.
    public var id: Int64
    /// Title.
    public var title: String
    /// Team name.
    public var team: String
    /// Codebase name.
    public var codebase: String
    /// Target platform.
    public var target: String
    /// Road taken.
    public var strategy: String
    /// Current status.
    public var status: String
    /// Stack moved from.
    public var sourceStack: String
    /// Stack moved to.
    public var targetStack: String?
    /// Days from creation to closure (done/abandoned) or to today.
    public var daysOpen: Int
    /// Interventions counted.
    public var interventions: Int
    /// Their hours.
    public var hours: Double
    /// Scans counted.
    public var scans: Int
    /// Findings in the first scan counted.
    public var findingsFirst: Int?
    /// Findings in the latest scan (findings left).
    public var findingsLeft: Int?
    /// First minus latest.
    public var findingsRemoved: Int?
    /// Median loss of the latest benchmark session, percent.
    public var medianLoss: Double?
    /// Kernels the latest session compared with a correct result.
    public var kernelsPorted: Int
    /// Performance portability of the latest session (0…1).
    public var performancePortability: Double?
    /// Hours per finding removed (nil when none were removed).
    public var hoursPerFindingRemoved: Double?
    /// Hours per kernel ported (nil when none were).
    public var hoursPerKernelPorted: Double?
}
