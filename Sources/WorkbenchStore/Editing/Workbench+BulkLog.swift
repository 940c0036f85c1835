import GRDB

extension Workbench {
    /// Logs many interventions in one transaction through one prepared statement: all of
    /// them are stored, or (on the first invalid draft or missing attempt) none.
    ///
    /// Each draft passes the same checks as `logIntervention`. Returns how many were stored.
    @discardableResult
    public func logInterventions(_ drafts: [InterventionDraft]) throws(StoreError) -> Int {
        var records: [Intervention] = []
        records.reserveCapacity(drafts.count)
        for draft in drafts { records.append(try draft.validated(clock: clock)) }
        return try write { db in
            let attempts = Set(try Int64.fetchAll(db, sql: "SELECT id FROM attempt"))
            let statement = try db.makeStatement(sql: """
                INSERT INTO intervention (attempt_id, engineer, date, hours, kind, summary, outcome, finding_id, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
            for record in records {
                guard attempts.contains(record.attemptId) else {
                    throw StoreError.notFound(entity: "attempt", key: String(record.attemptId))
                }
                if let finding = record.findingId, try !Finding.exists(db, key: finding) {
                    throw StoreError.notFound(entity: "finding", key: String(finding))
                }
                try statement.execute(arguments: [
                    record.attemptId, record.engineer, record.date.description, record.hours, record.kind.rawValue,
                    record.summary, record.outcome?.rawValue, record.findingId, record.createdAt,
                ])
            }
            return records.count
        }
    }
}
