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

extension IntegrityReport {
    /// The workspace's tables, in the order the check lists them.
    static let tables = ["team", "codebase", "attempt", "attempt_event", "intervention", "scan", "finding",
                         "bench_session", "bench_result"]

    /// The checks every storage shares: scans whose findings are not all there, and the
    /// row count of every table.
    static func sharedChecks(_ db: any StoreConnection) throws -> (incompleteScans: [Int64], rowCounts: [String: Int]) {
        let incomplete: [Int64] = try db.column("""
            SELECT s.id FROM scan s
            WHERE s.finding_count != (SELECT count(*) FROM finding f WHERE f.scan_id = s.id) ORDER BY s.id
            """)
        var counts: [String: Int] = [:]
        for table in tables { counts[table] = try db.count("SELECT count(*) FROM \(table)") }
        return (incomplete, counts)
    }
}
