extension Workbench {
    /// Stores a benchmark session and all its results in one transaction.
    @discardableResult
    public func saveBenchSession(
        _ session: BenchSession, results: [BenchResult]
    ) throws(StoreError) -> BenchSession {
        var session = session
        return try write { db in
            if let attempt = session.attemptId, try !db.exists(Attempt.self, id: attempt) {
                throw StoreError.notFound(entity: "attempt", key: String(attempt))
            }
            try db.insert(&session)
            for result in results {
                var result = result
                result.id = nil
                result.sessionId = session.id!
                try db.insert(&result)
            }
            return session
        }
    }

    /// Stored benchmark sessions, newest first, optionally of one attempt.
    public func benchSessions(attempt: Int64? = nil) throws(StoreError) -> [BenchSession] {
        try read { db in
            if let attempt {
                return try db.records(BenchSession.self, "SELECT * FROM bench_session WHERE attempt_id = ? ORDER BY started_at DESC, id DESC",
                    [attempt])
            }
            return try db.records(BenchSession.self, "SELECT * FROM bench_session ORDER BY started_at DESC, id DESC")
        }
    }

    /// The results of one session, by kernel, size and port.
    public func benchResults(session id: Int64) throws(StoreError) -> [BenchResult] {
        try read { db in
            guard try db.exists(BenchSession.self, id: id) else {
                throw StoreError.notFound(entity: "bench session", key: String(id))
            }
            return try db.records(BenchResult.self, "SELECT * FROM bench_result WHERE session_id = ? ORDER BY kernel, size, port", [id])
        }
    }
}
