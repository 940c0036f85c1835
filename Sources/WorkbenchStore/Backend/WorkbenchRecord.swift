/// The conventions every table record shares: one table, snake_case columns for its
/// camelCase properties, an auto-increment id.
public protocol WorkbenchRecord: Codable, Sendable {
    /// The table it is stored in.
    static var databaseTableName: String { get }
    /// The row id, nil until inserted.
    var id: Int64? { get set }
}

extension WorkbenchRecord {
    /// The record read from `row` (every column of its table, by name).
    public init(row: SQLRow) throws {
        self = try RecordDecoder.decode(Self.self, from: row)
    }
}

extension StoreConnection {
    /// The records `sql` selects.
    public func records<R: WorkbenchRecord>(_ type: R.Type, _ sql: String, _ arguments: SQLArguments = []) throws -> [R] {
        try rows(sql, arguments).map { try R(row: $0) }
    }

    /// The first record `sql` selects, if any.
    public func record<R: WorkbenchRecord>(_ type: R.Type, _ sql: String, _ arguments: SQLArguments = []) throws -> R? {
        try row(sql, arguments).map { try R(row: $0) }
    }

    /// The record with row id `id`, if any.
    public func find<R: WorkbenchRecord>(_ type: R.Type, id: Int64) throws -> R? {
        try record(type, "SELECT * FROM \(R.databaseTableName) WHERE id = ?", [id])
    }

    /// True when a row with id `id` exists in `R`'s table.
    public func exists<R: WorkbenchRecord>(_ type: R.Type, id: Int64) throws -> Bool {
        try row("SELECT 1 FROM \(R.databaseTableName) WHERE id = ?", [id]) != nil
    }

    /// Inserts `record` and sets its id.
    public func insert<R: WorkbenchRecord>(_ record: inout R) throws {
        let columns = try RecordEncoder.columns(of: record).filter { $0.0 != "id" || $0.1 != .null }
        let sql = "INSERT INTO \(R.databaseTableName) (" + columns.map { ColumnName.quoted($0.0) }.joined(separator: ", ")
            + ") VALUES (" + Array(repeating: "?", count: columns.count).joined(separator: ", ") + ") RETURNING id"
        guard let row = try fetchAll(sql, columns.map(\.1)).first else {
            throw StoreError.database(message: "the insert into \(R.databaseTableName) returned no id")
        }
        record.id = try row[0] as Int64
    }

    /// Writes every column of `record` over its row.
    public func update<R: WorkbenchRecord>(_ record: R) throws {
        guard let id = record.id else { throw StoreError.database(message: "update of an unsaved \(R.databaseTableName)") }
        let columns = try RecordEncoder.columns(of: record).filter { $0.0 != "id" }
        let sql = "UPDATE \(R.databaseTableName) SET " + columns.map { ColumnName.quoted($0.0) + " = ?" }.joined(separator: ", ")
            + " WHERE id = ?"
        try execute(sql, columns.map(\.1) + [.integer(id)])
    }

    /// Deletes `record`'s row.
    public func delete<R: WorkbenchRecord>(_ record: R) throws {
        guard let id = record.id else { return }
        try execute("DELETE FROM \(R.databaseTableName) WHERE id = ?", [.integer(id)])
    }
}
