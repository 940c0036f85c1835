/// What `drawbridge check` found: SQLite's integrity check, the foreign-key check, the
/// schema version and how many rows each table holds.
public struct IntegrityReport: Sendable, Equatable, Codable {
    /// One row whose parent is missing.
    public struct ForeignKeyViolation: Sendable, Equatable, Codable {
        /// The table holding the row.
        public var table: String
        /// The row's id.
        public var rowId: Int64?
        /// The table its missing parent should be in.
        public var parent: String
    }

    /// The lines of `PRAGMA integrity_check` (`["ok"]` when the file is sound).
    public var integrity: [String]
    /// Rows pointing at parents that do not exist.
    public var foreignKeyViolations: [ForeignKeyViolation]
    /// Scans whose stored finding count differs from the findings stored with them (a
    /// partly written scan; the store writes a scan and its findings in one transaction).
    public var incompleteScans: [Int64]
    /// The migrations applied, oldest first.
    public var migrations: [String]
    /// Rows per table, by table name.
    public var rowCounts: [String: Int]

    /// True when SQLite finds nothing wrong, every foreign key resolves and every scan is whole.
    public var isHealthy: Bool { integrity == ["ok"] && foreignKeyViolations.isEmpty && incompleteScans.isEmpty }
}
