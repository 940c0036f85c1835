extension Workbench {
    /// Logs many interventions in one transaction, in as few statements as the storage allows: all of
    /// them are stored, or (on the first invalid draft or missing attempt) none.
    ///
    /// Each draft passes the same checks as `logIntervention`. Returns how many were stored.
    @discardableResult
    public func logInterventions(_ drafts: [InterventionDraft]) throws(StoreError) -> Int {
        var records: [Intervention] = []
        records.reserveCapacity(drafts.count)
        for draft in drafts { records.append(try draft.validated(clock: clock)) }
        return try write { db in
            let attempts = Set(try db.column("SELECT id FROM attempt") as [Int64])
            var rows: [[SQLValue]] = []
            rows.reserveCapacity(records.count)
            for record in records {
                guard attempts.contains(record.attemptId) else {
                    throw StoreError.notFound(entity: "attempt", key: String(record.attemptId))
                }
                if let finding = record.findingId, try !db.exists(Finding.self, id: finding) {
                    throw StoreError.notFound(entity: "finding", key: String(finding))
                }
                rows.append(([
                    record.attemptId, record.engineer, record.date.description, record.hours, record.kind.rawValue,
                    record.summary, record.outcome?.rawValue, record.findingId, record.createdAt,
                ] as SQLArguments).sqlValues)
            }
            try db.insertMany(
                into: "intervention",
                columns: ["attempt_id", "engineer", "date", "hours", "kind", "summary", "outcome", "finding_id", "created_at"],
                rows: rows)
            return records.count
        }
    }
}
