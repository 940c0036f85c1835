import WorkbenchStore

/// Everything the attempt screen shows about one attempt, read in one go.
struct AttemptDetailData: Sendable {
    /// Summary, status history and interventions.
    var detail: AttemptDetail
    /// Its scans, oldest first (for the burn-down).
    var scans: [ScanSummary]
    /// Its latest benchmark session, if any.
    var session: BenchSession?
    /// That session's results that compare a port against a baseline.
    var losses: [BenchResult]

    /// Reads attempt `id` from `workbench`.
    static func load(_ id: Int64, from workbench: Workbench) throws(StoreError) -> AttemptDetailData {
        let detail = try workbench.attemptDetail(id: id)
        let scans = try workbench.scans(attempt: id).reversed()
        let session = try workbench.benchSessions(attempt: id).first
        var losses: [BenchResult] = []
        if let sessionID = session?.id {
            losses = try workbench.benchResults(session: sessionID).filter { $0.lossPercent != nil }
        }
        return AttemptDetailData(detail: detail, scans: Array(scans), session: session, losses: losses)
    }
}
