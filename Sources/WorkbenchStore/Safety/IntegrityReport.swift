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

    /// A report of these findings.
    public init(
        integrity: [String], foreignKeyViolations: [ForeignKeyViolation], incompleteScans: [Int64],
        migrations: [String], rowCounts: [String: Int]
    ) {
        self.integrity = integrity
        self.foreignKeyViolations = foreignKeyViolations
        self.incompleteScans = incompleteScans
        self.migrations = migrations
        self.rowCounts = rowCounts
    }

    /// True when SQLite finds nothing wrong, every foreign key resolves and every scan is whole.
    public var isHealthy: Bool { integrity == ["ok"] && foreignKeyViolations.isEmpty && incompleteScans.isEmpty }
}

extension IntegrityReport {
    /// The workspace's tables, in the order the check lists them.
    public static let tables = ["team", "codebase", "attempt", "attempt_event", "intervention", "scan", "finding",
                         "bench_session", "bench_result"]

    /// Every reference between the workspace's tables: (table, column, parent table).
    public static let references: [(table: String, column: String, parent: String)] = [
        ("codebase", "team_id", "team"), ("attempt", "codebase_id", "codebase"), ("attempt_event", "attempt_id", "attempt"),
        ("scan", "codebase_id", "codebase"), ("scan", "attempt_id", "attempt"), ("finding", "scan_id", "scan"),
        ("intervention", "attempt_id", "attempt"), ("intervention", "finding_id", "finding"),
        ("bench_session", "attempt_id", "attempt"), ("bench_result", "session_id", "bench_session"),
    ]

    /// Rows whose parent is missing, found by joining each reference (for a storage with
    /// no foreign-key check of its own; the server enforces them, but a tool that writes
    /// with enforcement off can still leave some).
    public static func danglingReferences(_ db: any StoreConnection) throws -> [ForeignKeyViolation] {
        var violations: [ForeignKeyViolation] = []
        for reference in references {
            let ids: [Int64] = try db.column("""
                SELECT c.id FROM \(reference.table) c LEFT JOIN \(reference.parent) p ON p.id = c.\(reference.column)
                WHERE c.\(reference.column) IS NOT NULL AND p.id IS NULL ORDER BY c.id
                """)
            violations += ids.map { ForeignKeyViolation(table: reference.table, rowId: $0, parent: reference.parent) }
        }
        return violations
    }

    /// The checks every storage shares: scans whose findings are not all there, and the
    /// row count of every table.
    public static func sharedChecks(_ db: any StoreConnection) throws -> (incompleteScans: [Int64], rowCounts: [String: Int]) {
        let incomplete: [Int64] = try db.column("""
            SELECT s.id FROM scan s
            WHERE s.finding_count != (SELECT count(*) FROM finding f WHERE f.scan_id = s.id) ORDER BY s.id
            """)
        var counts: [String: Int] = [:]
        for table in tables { counts[table] = try db.count("SELECT count(*) FROM \(table)") }
        return (incomplete, counts)
    }
}
