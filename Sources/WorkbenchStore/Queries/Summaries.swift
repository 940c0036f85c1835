/// A team with its totals, as listed.
public struct TeamSummary: Sendable, Equatable, Codable {
    /// Row id.
    public var id: Int64
    /// Team name.
    public var name: String
    /// Organisation.
    public var org: String?
    /// Migration lead.
    public var lead: String?
    /// Number of codebases.
    public var codebases: Int
    /// Number of attempts across its codebases.
    public var attempts: Int
    /// Intervention hours across its attempts.
    public var hours: Double
    /// When it was added.
    public var createdAt: String
}

/// A codebase with its team and totals, as listed.
public struct CodebaseSummary: Sendable, Equatable, Codable {
    /// Row id.
    public var id: Int64
    /// Codebase name.
    public var name: String
    /// Owning team's name.
    public var team: String
    /// Where the code lives.
    public var location: String?
    /// Main language.
    public var language: String?
    /// Number of attempts.
    public var attempts: Int
    /// Intervention hours across its attempts.
    public var hours: Double
    /// When it was added.
    public var createdAt: String
}

/// An attempt with its codebase, team and totals, as listed and shown.
public struct AttemptSummary: Sendable, Equatable, Codable {
    /// Row id.
    public var id: Int64
    /// Title.
    public var title: String
    /// Codebase name.
    public var codebase: String
    /// Team name.
    public var team: String
    /// Target platform.
    public var target: Target
    /// Road taken.
    public var strategy: Strategy
    /// Current status.
    public var status: AttemptStatus
    /// Stack moved from.
    public var sourceStack: String
    /// Stack moved to.
    public var targetStack: String?
    /// When it was added (ISO-8601 UTC).
    public var createdAt: String
    /// When its status last changed (ISO-8601 UTC).
    public var updatedAt: String
    /// Number of interventions logged.
    public var interventions: Int
    /// Hours logged.
    public var hours: Double
    /// Days from creation to today, or to the day it was closed (done/abandoned).
    public var daysOpen: Int
}

/// An intervention with the attempt and codebase it belongs to, as listed.
public struct InterventionSummary: Sendable, Equatable, Codable {
    /// Row id.
    public var id: Int64
    /// The attempt helped.
    public var attemptId: Int64
    /// The attempt's codebase.
    public var codebase: String
    /// Who helped.
    public var engineer: String
    /// The day.
    public var date: DayDate
    /// Hours spent.
    public var hours: Double
    /// Kind of work.
    public var kind: InterventionKind
    /// How it ended.
    public var outcome: InterventionOutcome?
    /// What was done.
    public var summary: String
    /// The finding addressed.
    public var findingId: Int64?
}
