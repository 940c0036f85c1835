/// One connection inside a transaction: the whole vocabulary the store's operations use.
///
/// The SQLite implementation runs on a GRDB database connection, the PostgreSQL one on a
/// postgres-nio connection. SQL is written with `?` placeholders (and `?1` to repeat the
/// first), in the subset both servers accept, with `dialect` for the rest.
public protocol StoreConnection {
    /// Which SQL the server speaks.
    var dialect: SQLDialect { get }
    /// Every row `sql` returns.
    func fetchAll(_ sql: String, _ arguments: [SQLValue]) throws -> [SQLRow]
    /// Runs `sql`, which returns no rows.
    func execute(_ sql: String, _ arguments: [SQLValue]) throws
    /// Inserts `rows` (each one value per column) into `table` in as few round trips as the
    /// server allows; all or none, as part of the surrounding transaction.
    func insertMany(into table: String, columns: [String], rows: [[SQLValue]]) throws
}

extension StoreConnection {
    /// Every row `sql` returns.
    public func rows(_ sql: String, _ arguments: SQLArguments = []) throws -> [SQLRow] {
        try fetchAll(sql, arguments.sqlValues)
    }

    /// The first row `sql` returns, if any.
    public func row(_ sql: String, _ arguments: SQLArguments = []) throws -> SQLRow? {
        try fetchAll(sql, arguments.sqlValues).first
    }

    /// The first column of the first row, nil when there is no row or it is NULL.
    public func scalar<T: SQLValueConvertible>(_ sql: String, _ arguments: SQLArguments = []) throws -> T? {
        guard let row = try row(sql, arguments) else { return nil }
        return try row[0] as T?
    }

    /// The first column of every row (NULLs skipped).
    public func column<T: SQLValueConvertible>(_ sql: String, _ arguments: SQLArguments = []) throws -> [T] {
        try rows(sql, arguments).compactMap { row throws(StoreError) in try row[0] as T? }
    }

    /// Runs `sql`, which returns no rows.
    public func run(_ sql: String, _ arguments: SQLArguments = []) throws {
        try execute(sql, arguments.sqlValues)
    }

    /// `count(*)` of `sql` as an Int.
    public func count(_ sql: String, _ arguments: SQLArguments = []) throws -> Int {
        try scalar(sql, arguments) ?? 0
    }
}
