/// What a merge-import added and what it found already present.
public struct ImportSummary: Sendable, Equatable, Codable {
    /// Teams added.
    public var teamsAdded = 0
    /// Codebases added.
    public var codebasesAdded = 0
    /// Attempts added.
    public var attemptsAdded = 0
    /// Status events added.
    public var eventsAdded = 0
    /// Interventions added.
    public var interventionsAdded = 0
    /// Scans added (the demo scans its sample codebase).
    public var scansAdded = 0
    /// Benchmark sessions added (the demo stores sessions recorded with the harness).
    public var benchSessionsAdded = 0
    /// Things (of any kind) already present and left as they were.
    public var alreadyPresent = 0

    /// True when the import changed nothing.
    public var addedNothing: Bool {
        teamsAdded + codebasesAdded + attemptsAdded + eventsAdded + interventionsAdded + scansAdded + benchSessionsAdded == 0
    }

    /// Creates an empty summary.
    public init() {}
}
