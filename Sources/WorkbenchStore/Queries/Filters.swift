/// Which attempts to list; nil fields do not filter.
public struct AttemptFilter: Sendable, Equatable {
    /// Only this team's attempts.
    public var team: String?
    /// Only this codebase's attempts.
    public var codebase: String?
    /// Only attempts with this status.
    public var status: AttemptStatus?
    /// Only attempts on this target.
    public var target: Target?
    /// Only attempts whose status changed on or after this day.
    public var since: DayDate?

    /// A filter with the given fields.
    public init(
        team: String? = nil, codebase: String? = nil, status: AttemptStatus? = nil,
        target: Target? = nil, since: DayDate? = nil
    ) {
        self.team = team
        self.codebase = codebase
        self.status = status
        self.target = target
        self.since = since
    }
}

/// Which interventions to list; nil fields do not filter.
public struct InterventionFilter: Sendable, Equatable {
    /// Only this team's.
    public var team: String?
    /// Only this codebase's.
    public var codebase: String?
    /// Only this attempt's.
    public var attemptId: Int64?
    /// Only this engineer's (exact name).
    public var engineer: String?
    /// Only this kind.
    public var kind: InterventionKind?
    /// Only on or after this day.
    public var since: DayDate?

    /// A filter with the given fields.
    public init(
        team: String? = nil, codebase: String? = nil, attemptId: Int64? = nil, engineer: String? = nil,
        kind: InterventionKind? = nil, since: DayDate? = nil
    ) {
        self.team = team
        self.codebase = codebase
        self.attemptId = attemptId
        self.engineer = engineer
        self.kind = kind
        self.since = since
    }
}
