/// What a person supplies to start a migration attempt.
public struct AttemptDraft: Sendable, Equatable {
    /// Name of the codebase being ported.
    public var codebase: String
    /// The platform moved to.
    public var target: Target
    /// The road taken; nil picks the target's default (Ascend needs an explicit choice).
    public var strategy: Strategy?
    /// Initial status.
    public var status: AttemptStatus
    /// Title; nil makes one from the codebase, target and strategy.
    public var title: String?
    /// What the code runs on today; nil means "CUDA".
    public var sourceStack: String?
    /// What it should run on.
    public var targetStack: String?

    /// A draft with the given fields.
    public init(
        codebase: String, target: Target, strategy: Strategy? = nil, status: AttemptStatus = .planned,
        title: String? = nil, sourceStack: String? = nil, targetStack: String? = nil
    ) {
        self.codebase = codebase
        self.target = target
        self.strategy = strategy
        self.status = status
        self.title = title
        self.sourceStack = sourceStack
        self.targetStack = targetStack
    }
}

/// What a person supplies to log an intervention.
public struct InterventionDraft: Sendable, Equatable {
    /// The attempt helped.
    public var attemptId: Int64
    /// Who helped.
    public var engineer: String
    /// Hours spent.
    public var hours: Double
    /// Kind of work.
    public var kind: InterventionKind
    /// What was done.
    public var summary: String
    /// The day; nil means today.
    public var date: DayDate?
    /// How it ended.
    public var outcome: InterventionOutcome?
    /// The finding it addressed.
    public var findingId: Int64?

    /// A draft with the given fields.
    public init(
        attemptId: Int64, engineer: String, hours: Double, kind: InterventionKind, summary: String,
        date: DayDate? = nil, outcome: InterventionOutcome? = nil, findingId: Int64? = nil
    ) {
        self.attemptId = attemptId
        self.engineer = engineer
        self.hours = hours
        self.kind = kind
        self.summary = summary
        self.date = date
        self.outcome = outcome
        self.findingId = findingId
    }
}
