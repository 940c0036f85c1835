/// One piece of help an embedded engineer gave an attempt: what, how long, how it ended.
public struct Intervention: WorkbenchRecord, Equatable {
    /// The table name.
    public static let databaseTableName = "intervention"
    /// Row id.
    public var id: Int64?
    /// The attempt helped.
    public var attemptId: Int64
    /// Who helped (a role name such as "embedded-eng-1").
    public var engineer: String
    /// The day the work was done.
    public var date: DayDate
    /// Hours spent (greater than 0, at most 1000).
    public var hours: Double
    /// What kind of work it was.
    public var kind: InterventionKind
    /// What was done.
    public var summary: String
    /// How it ended, when known.
    public var outcome: InterventionOutcome?
    /// The scan finding this work addressed, when there is one.
    public var findingId: Int64?
    /// When the row was logged (ISO-8601 UTC).
    public var createdAt: String

    /// An intervention not yet inserted.
    public init(
        id: Int64? = nil, attemptId: Int64, engineer: String, date: DayDate, hours: Double,
        kind: InterventionKind, summary: String, outcome: InterventionOutcome? = nil,
        findingId: Int64? = nil, createdAt: String
    ) {
        self.id = id
        self.attemptId = attemptId
        self.engineer = engineer
        self.date = date
        self.hours = hours
        self.kind = kind
        self.summary = summary
        self.outcome = outcome
        self.findingId = findingId
        self.createdAt = createdAt
    }
}
