import GRDB

extension Workbench {
    /// Stores a benchmark session and all its results in one transaction.
    @discardableResult
    public func saveBenchSession(
        _ session: BenchSession, results: [BenchResult]
    ) throws(StoreError) -> BenchSession {
        var session = session
        return try write { db in
            if let attempt = session.attemptId, try !Attempt.exists(db, key: attempt) {
                throw StoreError.notFound(entity: "attempt", key: String(attempt))
            }
            try session.insert(db)
            for result in results {
                var result = result
                result.id = nil
                result.sessionId = session.id!
                try result.insert(db)
            }
            return session
        }
    }

    /// Stored benchmark sessions, newest first, optionally of one attempt.
    public func benchSessions(attempt: Int64? = nil) throws(StoreError) -> [BenchSession] {
        try read { db in
            if let attempt {
                return try BenchSession.fetchAll(
                    db, sql: "SELECT * FROM bench_session WHERE attempt_id = ? ORDER BY started_at DESC, id DESC",
                    arguments: [attempt])
            }
            return try BenchSession.fetchAll(db, sql: "SELECT * FROM bench_session ORDER BY started_at DESC, id DESC")
        }
    }

    /// The results of one session, by kernel, size and port.
    public func benchResults(session id: Int64) throws(StoreError) -> [BenchResult] {
        try read { db in
            guard try BenchSession.exists(db, key: id) else {
                throw StoreError.notFound(entity: "bench session", key: String(id))
            }
            return try BenchResult.fetchAll(
                db, sql: "SELECT * FROM bench_result WHERE session_id = ? ORDER BY kernel, size, port", arguments: [id])
        }
    }
}
