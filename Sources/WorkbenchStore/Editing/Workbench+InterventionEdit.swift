extension Workbench {
    /// One intervention, or `.notFound`.
    public func intervention(id: Int64) throws(StoreError) -> Intervention {
        try read { db in
            guard let intervention = try db.find(Intervention.self, id: id) else {
                throw StoreError.notFound(entity: "intervention", key: String(id))
            }
            return intervention
        }
    }

    /// Replaces an intervention's fields with `draft`'s, under the same rules as
    /// `logIntervention`; the row keeps its id and creation time.
    @discardableResult
    public func updateIntervention(id: Int64, with draft: InterventionDraft) throws(StoreError) -> Intervention {
        var updated = try draft.validated(clock: clock)
        return try write { db in
            guard let existing = try db.find(Intervention.self, id: id) else {
                throw StoreError.notFound(entity: "intervention", key: String(id))
            }
            guard try db.exists(Attempt.self, id: draft.attemptId) else {
                throw StoreError.notFound(entity: "attempt", key: String(draft.attemptId))
            }
            if let finding = draft.findingId, try !db.exists(Finding.self, id: finding) {
                throw StoreError.notFound(entity: "finding", key: String(finding))
            }
            updated.id = id
            updated.createdAt = existing.createdAt
            try db.update(updated)
            return updated
        }
    }

    /// Deletes an intervention and returns what was deleted, or `.notFound`.
    @discardableResult
    public func deleteIntervention(id: Int64) throws(StoreError) -> Intervention {
        try write { db in
            guard let existing = try db.find(Intervention.self, id: id) else {
                throw StoreError.notFound(entity: "intervention", key: String(id))
            }
            try db.delete(existing)
            return existing
        }
    }
}
