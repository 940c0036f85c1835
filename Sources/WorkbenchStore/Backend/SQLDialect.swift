/// The few places where the store's SQL differs between SQLite and PostgreSQL, as
/// fragments the shared queries splice in. Everything else is written once, in the SQL
/// both accept (`?` placeholders, which the PostgreSQL connection numbers).
public struct SQLDialect: Sendable, Equatable {
    /// Which server speaks it.
    public enum Flavor: String, Sendable {
        /// SQLite through GRDB.
        case sqlite
        /// PostgreSQL through postgres-nio.
        case postgres
    }

    /// The server.
    public let flavor: Flavor

    /// SQLite's dialect.
    public static let sqlite = SQLDialect(flavor: .sqlite)
    /// PostgreSQL's dialect.
    public static let postgres = SQLDialect(flavor: .postgres)

    /// `column = ?` ignoring ASCII case, as names are unique: SQLite's columns carry
    /// `COLLATE NOCASE`; PostgreSQL compares `lower()` (ASCII-only under the columns'
    /// `"C"` collation, as NOCASE), which its unique indexes are built on.
    public func equalsIgnoringCase(_ column: String) -> String {
        flavor == .sqlite ? "\(column) = ?" : "lower(\(column)) = lower(?)"
    }

    /// An ORDER BY term sorting `column` ignoring ASCII case.
    public func orderIgnoringCase(_ column: String) -> String {
        flavor == .sqlite ? "\(column) COLLATE NOCASE" : "lower(\(column))"
    }

    /// A join the planner must take in the written order: SQLite's `CROSS JOIN … ON`;
    /// PostgreSQL has no such hint (and refuses ON after CROSS JOIN), a plain join.
    public var orderedJoin: String { flavor == .sqlite ? "CROSS JOIN" : "JOIN" }

    /// `column` equal to `?` where NULL equals NULL.
    public func isSame(_ column: String) -> String {
        flavor == .sqlite ? "\(column) IS ?" : "\(column) IS NOT DISTINCT FROM ?"
    }

    /// The `effort` member of the object under key `?` in the JSON text `column`.
    public func jsonMemberEffort(_ column: String) -> String {
        flavor == .sqlite
            ? "json_extract(\(column), '$.' || ? || '.effort')"
            : "((\(column))::jsonb -> (?::text) ->> 'effort')"
    }
}
