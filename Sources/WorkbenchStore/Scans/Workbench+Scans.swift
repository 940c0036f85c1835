extension Workbench {
    /// Stores a scan and all its findings in one transaction: both are there, or neither.
    ///
    /// `codebase` and `attempt` link the scan (an attempt implies its codebase). Findings
    /// are inserted in as few statements as the storage allows (SQLite: 200,000 in about a second).
    @discardableResult
    public func saveScan(
        _ scan: Scan, findings: [Finding], codebase: String? = nil, attempt: Int64? = nil
    ) throws(StoreError) -> Scan {
        var scan = scan
        scan.findingCount = Int64(findings.count)
        return try write { db in
            if let attempt {
                guard let linked = try db.find(Attempt.self, id: attempt) else {
                    throw StoreError.notFound(entity: "attempt", key: String(attempt))
                }
                scan.attemptId = attempt
                scan.codebaseId = linked.codebaseId
                if let codebase, try Self.codebase(named: codebase, in: db).id != linked.codebaseId {
                    throw StoreError.invalidValue(
                        field: "codebase", value: codebase, reason: "attempt \(attempt) belongs to another codebase")
                }
            } else if let codebase {
                scan.codebaseId = try Self.codebase(named: codebase, in: db).id
            }
            try db.insert(&scan)
            let scanId = scan.id!
            try db.insertMany(
                into: "finding",
                columns: ["scan_id", "file", "line", "column", "symbol", "kind", "family", "language", "effort",
                          "replacement", "note", "mappings", "snippet"],
                rows: findings.map { finding in
                    ([
                        scanId, finding.file, finding.line, finding.column, finding.symbol, finding.kind,
                        finding.family, finding.language, finding.effort.rawValue, finding.replacement,
                        finding.note, finding.mappings, finding.snippet,
                    ] as SQLArguments).sqlValues
                })
            return scan
        }
    }

    /// Stored scans, newest first, optionally of one codebase or attempt.
    public func scans(codebase: String? = nil, attempt: Int64? = nil) throws(StoreError) -> [ScanSummary] {
        try read { db in
            var conditions = SQLConditions()
            if let codebase { conditions.add("s.codebase_id = ?", try Self.codebase(named: codebase, in: db).id) }
            conditions.add("s.attempt_id = ?", attempt)
            let sql = "SELECT s.*, c.name AS codebase_name FROM scan s LEFT JOIN codebase c ON c.id = s.codebase_id"
                + conditions.whereSQL + " ORDER BY s.started_at DESC, s.id DESC"
            let rows = try db.rows(sql, conditions.arguments)
            return try rows.map { row in
                let scan = try Scan(row: row)
                return ScanSummary(
                    scan: scan, codebase: try row["codebase_name"],
                    findingsByEffort: try Self.effortCounts(scan: scan.id!, in: db))
            }
        }
    }

    /// One stored scan, or `.notFound`.
    public func scan(id: Int64) throws(StoreError) -> ScanSummary {
        try read { db in
            guard let row = try db.row("SELECT s.*, c.name AS codebase_name FROM scan s LEFT JOIN codebase c ON c.id = s.codebase_id WHERE s.id = ?",
                [id])
            else {
                throw StoreError.notFound(entity: "scan", key: String(id))
            }
            return ScanSummary(
                scan: try Scan(row: row), codebase: try row["codebase_name"],
                findingsByEffort: try Self.effortCounts(scan: id, in: db))
        }
    }

    /// The findings of a stored scan, by file, line and column.
    public func findings(scan id: Int64) throws(StoreError) -> [Finding] {
        try read { db in
            guard try db.exists(Scan.self, id: id) else { throw StoreError.notFound(entity: "scan", key: String(id)) }
            return try db.records(Finding.self, "SELECT * FROM finding WHERE scan_id = ? ORDER BY file, line, \"column\", id", [id])
        }
    }

    private static func effortCounts(scan: Int64, in db: any StoreConnection) throws -> [String: Int] {
        var counts: [String: Int] = [:]
        for row in try db.rows("SELECT effort, count(*) AS n FROM finding WHERE scan_id = ? GROUP BY effort", [scan])
        {
            counts[try row["effort"]] = try row["n"]
        }
        return counts
    }
}
