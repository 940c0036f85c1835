extension Workbench {
    /// The attempt with `id`, its history, interventions and totals, or `.notFound`.
    public func attemptDetail(id: Int64) throws(StoreError) -> AttemptDetail {
        let today = clock.today
        let timeZone = clock.timeZone
        return try read { db in
            guard let row = try db.row(Self.attemptSummarySQL(where: " WHERE a.id = ?"), [id])
            else {
                throw StoreError.notFound(entity: "attempt", key: String(id))
            }
            let summary = try Self.attemptSummary(from: row, today: today, timeZone: timeZone)
            let events = try db.records(AttemptEvent.self, "SELECT * FROM attempt_event WHERE attempt_id = ? ORDER BY at, id", [id])
            let interventions = try db.rows("""
                SELECT \(Self.interventionSummaryColumns) FROM intervention i
                JOIN attempt a ON a.id = i.attempt_id JOIN codebase c ON c.id = a.codebase_id
                WHERE i.attempt_id = ? ORDER BY i.date, i.id
                """, [id]
            ).map { row in try Self.interventionSummary(from: row) }
            return AttemptDetail(
                attempt: summary, events: events, interventions: interventions,
                hoursByKind: HoursBucket.group(interventions) { $0.kind.rawValue },
                hoursByEngineer: HoursBucket.group(interventions) { $0.engineer })
        }
    }
}
