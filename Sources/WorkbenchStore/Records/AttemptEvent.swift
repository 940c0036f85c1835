/// One change in an attempt's status: the status history.
public struct AttemptEvent: WorkbenchRecord, Equatable {
    /// The table name.
    public static let databaseTableName = "attempt_event"
    /// Row id.
    public var id: Int64?
    /// The attempt whose status changed.
    public var attemptId: Int64
    /// The status before (nil for the event that created the attempt).
    public var fromStatus: AttemptStatus?
    /// The status after.
    public var toStatus: AttemptStatus
    /// Why it changed.
    public var note: String?
    /// When it changed (ISO-8601 UTC).
    public var at: String

    /// An event not yet inserted.
    public init(
        id: Int64? = nil, attemptId: Int64, fromStatus: AttemptStatus?, toStatus: AttemptStatus,
        note: String?, at: String
    ) {
        self.id = id
        self.attemptId = attemptId
        self.fromStatus = fromStatus
        self.toStatus = toStatus
        self.note = note
        self.at = at
    }
}
