extension Workbench {
    /// Counts and hours for the whole workspace.
    public func overview() throws(StoreError) -> WorkspaceOverview {
        let month = clock.today.monthKey
        let path = self.path
        return try read { db in
            func count(_ sql: String) throws -> Int { try db.scalar(sql) ?? 0 }
            var byStatus = Dictionary(uniqueKeysWithValues: AttemptStatus.allCases.map { ($0.rawValue, 0) })
            for row in try db.rows("SELECT status, count(*) AS n FROM attempt GROUP BY status") {
                byStatus[try row["status"]] = try row["n"]
            }
            var byTarget: [String: Int] = [:]
            for row in try db.rows("SELECT target, count(*) AS n FROM attempt GROUP BY target") {
                byTarget[try row["target"]] = try row["n"]
            }
            let hours: Double = try db.scalar("SELECT coalesce(sum(hours), 0) FROM intervention") ?? 0
            let monthHours: Double = try db.scalar("SELECT coalesce(sum(hours), 0) FROM intervention WHERE substr(date, 1, 7) = ?",
                [month]) ?? 0
            return WorkspaceOverview(
                path: path, teams: try count("SELECT count(*) FROM team"),
                codebases: try count("SELECT count(*) FROM codebase"), attemptsByStatus: byStatus,
                attemptsByTarget: byTarget, interventions: try count("SELECT count(*) FROM intervention"),
                hours: hours, hoursThisMonth: monthHours, scans: try count("SELECT count(*) FROM scan"),
                benchSessions: try count("SELECT count(*) FROM bench_session"))
        }
    }
}
