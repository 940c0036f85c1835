/// Aggregates the migration reports need and the TUI can show too. Each takes an optional
/// `since` day: interventions are counted from that day on, scans and benchmark sessions
/// from those started that day or later.
extension Workbench {
    /// Hours per month and intervention kind, oldest month first, over `attempts` (all when nil).
    public func hoursByMonth(attempts: [Int64]? = nil, since: DayDate? = nil) throws(StoreError) -> [MonthHours] {
        try read { db in
            var conditions = SQLConditions()
            conditions.add("date >= ?", since?.description)
            var sql = "SELECT substr(date, 1, 7) AS month, kind, sum(hours) AS hours FROM intervention"
            var arguments = conditions.arguments
            var clauses = conditions.whereSQL
            if let attempts {
                clauses += (clauses.isEmpty ? " WHERE " : " AND ") + Self.inList("attempt_id", count: attempts.count)
                arguments += SQLArguments(attempts)
            }
            sql += clauses + " GROUP BY month, kind ORDER BY month, kind"
            return try db.rows(sql, arguments).map { row in
                MonthHours(
                    month: try row["month"], kind: InterventionKind(rawValue: try row["kind"]) ?? .other,
                    hours: try row["hours"])
            }
        }
    }

    /// The attempt's scans oldest first, each with its findings per effort: the burn-down.
    public func burnDown(attempt: Int64, since: DayDate? = nil) throws(StoreError) -> [BurnDownPoint] {
        let cutoff = since?.description ?? ""
        // `scans(attempt:)` is the listing the TUI's burn-down reads; reuse it, oldest first.
        return try scans(attempt: attempt).reversed().filter { $0.scan.startedAt >= cutoff }.map { summary in
            var byEffort = Dictionary(uniqueKeysWithValues: Effort.allCases.map { ($0.rawValue, 0) })
            for (effort, count) in summary.findingsByEffort { byEffort[effort] = count }
            return BurnDownPoint(
                scanId: summary.scan.id ?? 0, startedAt: summary.scan.startedAt,
                total: Int(summary.scan.findingCount), byEffort: byEffort)
        }
    }

    /// Per attempt: first-scan findings, scans, benchmark and hour totals on or after `since`.
    ///
    /// The latest scan and session are the same with or without `since` (when any falls
    /// after it), so "findings left" and "median loss" stay `attemptMetrics()`'s figures.
    public func attemptProgress(since: DayDate? = nil) throws(StoreError) -> [Int64: AttemptProgress] {
        let cutoff = since?.description ?? ""
        return try read { db in
            var progress: [Int64: AttemptProgress] = [:]
            for id in try db.column("SELECT id FROM attempt") as [Int64] {
                progress[id] = AttemptProgress(
                    attemptId: id, firstScanFindings: nil, scans: 0, benchedSince: false, interventions: 0, hours: 0)
            }
            let scanRows = try db.rows("""
                SELECT s.attempt_id, s.finding_count,
                  (SELECT count(*) FROM scan x WHERE x.attempt_id = s.attempt_id AND x.started_at >= ?1) AS scans
                FROM scan s
                WHERE s.attempt_id IS NOT NULL AND s.id = (
                  SELECT y.id FROM scan y WHERE y.attempt_id = s.attempt_id AND y.started_at >= ?1
                  ORDER BY y.started_at, y.id LIMIT 1)
                """, [cutoff])
            for row in scanRows {
                let id: Int64 = try row["attempt_id"]
                progress[id]?.firstScanFindings = try row["finding_count"]
                progress[id]?.scans = try row["scans"]
            }
            for id: Int64 in try db.column("""
                SELECT attempt_id FROM bench_session WHERE attempt_id IS NOT NULL
                GROUP BY attempt_id HAVING max(started_at) >= ?
                """, [cutoff])
            {
                progress[id]?.benchedSince = true
            }
            for row in try db.rows("""
                SELECT attempt_id, count(*) AS n, sum(hours) AS h FROM intervention WHERE date >= ? GROUP BY attempt_id
                """, [cutoff])
            {
                let id: Int64 = try row["attempt_id"]
                progress[id]?.interventions = try row["n"]
                progress[id]?.hours = try row["h"]
            }
            return progress
        }
    }

    /// The CUDA names that block the most attempts (effort `blocker` in each attempt's
    /// latest scan, when that scan started on or after `since`), over `attempts` (all when
    /// nil), most attempts first.
    public func blockerRanking(attempts: [Int64]? = nil, since: DayDate? = nil, limit: Int = 10) throws(StoreError) -> [BlockerRank] {
        try read { db in
            var arguments: SQLArguments = [since?.description ?? ""]
            var filter = ""
            if let attempts {
                filter = " AND " + Self.inList("s.attempt_id", count: attempts.count)
                arguments += SQLArguments(attempts)
            }
            arguments += [limit]
            return try db.rows("""
                WITH latest AS MATERIALIZED (
                  SELECT s.id, s.attempt_id, s.codebase_id FROM scan s
                  WHERE s.attempt_id IS NOT NULL AND s.started_at >= ?\(filter) AND s.id = (
                    SELECT y.id FROM scan y WHERE y.attempt_id = s.attempt_id ORDER BY y.started_at DESC, y.id DESC LIMIT 1))
                SELECT f.symbol, min(f.family) AS family, count(DISTINCT l.attempt_id) AS attempts,
                  count(DISTINCT l.codebase_id) AS codebases, count(*) AS findings, min(f.note) AS note
                FROM latest l \(db.dialect.orderedJoin) finding f ON f.scan_id = l.id AND f.effort = 'blocker'
                GROUP BY f.symbol
                ORDER BY attempts DESC, findings DESC, f.symbol
                LIMIT ?
                """, arguments
            ).map { row in
                BlockerRank(
                    symbol: try row["symbol"], family: try row["family"], attempts: try row["attempts"],
                    codebases: try row["codebases"], findings: try row["findings"], note: try row["note"])
            }
        }
    }

    /// The results of each attempt's latest benchmark session (the session
    /// `attemptMetrics()` takes its losses from), keyed by attempt id.
    public func latestBenchResults() throws(StoreError) -> [Int64: [BenchResult]] {
        try read { db in
            var results: [Int64: [BenchResult]] = [:]
            let rows = try db.rows("""
                SELECT b.attempt_id AS owner, r.* FROM bench_result r
                JOIN bench_session b ON b.id = r.session_id
                WHERE b.attempt_id IS NOT NULL AND b.id = (
                  SELECT z.id FROM bench_session z WHERE z.attempt_id = b.attempt_id
                  ORDER BY z.started_at DESC, z.id DESC LIMIT 1)
                ORDER BY r.kernel, r.size, r.port
                """)
            for row in rows {
                results[try row["owner"], default: []].append(try BenchResult(row: row))
            }
            return results
        }
    }

    /// `column IN (?, ?, …)` with `count` placeholders (`0` matches nothing).
    private static func inList(_ column: String, count: Int) -> String {
        count == 0 ? "1 = 0" : "\(column) IN (" + Array(repeating: "?", count: count).joined(separator: ", ") + ")"
    }
}

extension LossDistribution {
    /// The loss distribution per target over `metrics` (latest session of each attempt),
    /// in `Target` order; targets without results are absent.
    public static func byTarget(_ metrics: [AttemptMetrics]) -> [LossDistribution] {
        Target.allCases.compactMap { target in
            let benched = metrics.filter { $0.target == target && !$0.losses.isEmpty }
            return LossDistribution.of(benched.flatMap(\.losses), target: target, attempts: benched.count)
        }
    }
}
