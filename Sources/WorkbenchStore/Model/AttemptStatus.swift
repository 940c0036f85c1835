/// Where a migration attempt stands.
public enum AttemptStatus: String, Vocabulary {
    case planned, active, blocked, done, abandoned
    /// The field name used in messages.
    public static let field = "status"

    /// True for statuses that end an attempt (it no longer accrues open days).
    public var isClosed: Bool { self == .done || self == .abandoned }
}
