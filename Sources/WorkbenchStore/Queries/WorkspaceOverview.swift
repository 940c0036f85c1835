/// Headline numbers for the whole workspace.
public struct WorkspaceOverview: Sendable, Equatable, Codable {
    /// The database file.
    public var path: String
    /// Number of teams.
    public var teams: Int
    /// Number of codebases.
    public var codebases: Int
    /// Attempts per status (every status present, zero when none).
    public var attemptsByStatus: [String: Int]
    /// Attempts per target (only targets with attempts).
    public var attemptsByTarget: [String: Int]
    /// Number of interventions.
    public var interventions: Int
    /// Hours across every intervention.
    public var hours: Double
    /// Hours logged in the current calendar month.
    public var hoursThisMonth: Double
    /// Number of stored scans.
    public var scans: Int
    /// Number of stored benchmark sessions.
    public var benchSessions: Int

    /// Total attempts.
    public var attempts: Int { attemptsByStatus.values.reduce(0, +) }
    /// True when nothing has been added yet.
    public var isEmpty: Bool { teams == 0 && codebases == 0 && attempts == 0 }
}
