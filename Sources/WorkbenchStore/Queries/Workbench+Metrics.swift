extension Workbench {
    /// Scan and benchmark figures for every attempt, keyed by attempt id.
    ///
    /// "Open findings" are the findings of the attempt's latest scan; losses come from its
    /// latest benchmark session, so an old, slower run never hides a newer one.
    public func attemptMetrics() throws(StoreError) -> [Int64: AttemptMetrics] {
        try read { db in
            var metrics: [Int64: AttemptMetrics] = [:]
            for row in try db.rows("SELECT id, target FROM attempt") {
                let id: Int64 = try row["id"]
                metrics[id] = AttemptMetrics(
                    attemptId: id, target: Target(rawValue: try row["target"]) ?? .other,
                    openFindings: nil, scans: 0, losses: [])
            }
            let scanRows = try db.rows("""
                SELECT s.attempt_id, s.finding_count,
                  (SELECT count(*) FROM scan x WHERE x.attempt_id = s.attempt_id) AS scans
                FROM scan s
                WHERE s.attempt_id IS NOT NULL AND s.id = (
                  SELECT y.id FROM scan y WHERE y.attempt_id = s.attempt_id ORDER BY y.started_at DESC, y.id DESC LIMIT 1)
                """)
            for row in scanRows {
                let id: Int64 = try row["attempt_id"]
                metrics[id]?.openFindings = try row["finding_count"]
                metrics[id]?.scans = try row["scans"]
            }
            let lossRows = try db.rows("""
                SELECT b.attempt_id, r.loss_percent FROM bench_result r
                JOIN bench_session b ON b.id = r.session_id
                WHERE b.attempt_id IS NOT NULL AND r.loss_percent IS NOT NULL AND b.id = (
                  SELECT z.id FROM bench_session z WHERE z.attempt_id = b.attempt_id
                  ORDER BY z.started_at DESC, z.id DESC LIMIT 1)
                """)
            for row in lossRows {
                let id: Int64 = try row["attempt_id"]
                metrics[id]?.losses.append(try row["loss_percent"])
            }
            return metrics
        }
    }

    /// The median loss per target over the latest benchmark session of each attempt;
    /// targets without benchmark results are absent.
    public func medianLossByTarget() throws(StoreError) -> [Target: Double] {
        var byTarget: [Target: [Double]] = [:]
        for metric in try attemptMetrics().values where !metric.losses.isEmpty {
            byTarget[metric.target, default: []] += metric.losses
        }
        return byTarget.compactMapValues(Median.of)
    }
}
