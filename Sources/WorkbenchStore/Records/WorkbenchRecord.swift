import GRDB

/// The conventions every table record shares: snake_case columns, an auto-increment id.
public protocol WorkbenchRecord: Codable, Sendable, FetchableRecord, MutablePersistableRecord {
    /// The row id, nil until inserted.
    var id: Int64? { get set }
}

extension WorkbenchRecord {
    /// Columns are snake_case (`team_id`), properties camelCase (`teamId`).
    public static var databaseColumnDecodingStrategy: DatabaseColumnDecodingStrategy { .convertFromSnakeCase }
    /// Columns are snake_case (`team_id`), properties camelCase (`teamId`).
    public static var databaseColumnEncodingStrategy: DatabaseColumnEncodingStrategy { .convertToSnakeCase }

    /// Records the new row id after an insert.
    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}
