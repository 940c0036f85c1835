import Foundation
import GRDB
import Testing
@testable import WorkbenchStore

@Suite("Schema")
struct SchemaTests {
    @Test("a new workspace has every table of the data model")
    func tables() throws {
        let workspace = try TestWorkspace()
        let queue = try DatabaseQueue(path: workspace.path)
        let tables = try queue.read { db in
            try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'grdb_%' ORDER BY name")
        }
        #expect(tables == ["attempt", "attempt_event", "bench_result", "bench_session", "codebase",
                           "finding", "intervention", "scan", "team"])
        let mode = try queue.read { db in try String.fetchOne(db, sql: "PRAGMA journal_mode") }
        #expect(mode == "wal")
    }

    @Test("CHECK constraints accept exactly the Swift vocabularies")
    func vocabulariesMatchChecks() throws {
        let workspace = try TestWorkspace()
        let attemptID = try workspace.seed()
        let queue = try DatabaseQueue(path: workspace.path)
        func tryInsert(_ sql: String, _ value: String) -> Bool {
            do {
                try queue.write { db in
                    try db.execute(sql: sql, arguments: [value])
                    throw CancelWrite()
                }
                return true
            } catch is CancelWrite {
                return true
            } catch {
                return false
            }
        }
        let statusSQL = "UPDATE attempt SET status = ? WHERE id = \(attemptID)"
        for status in AttemptStatus.allCases { #expect(tryInsert(statusSQL, status.rawValue)) }
        #expect(!tryInsert(statusSQL, "paused"))
        let targetSQL = "UPDATE attempt SET target = ? WHERE id = \(attemptID)"
        for target in Target.allCases { #expect(tryInsert(targetSQL, target.rawValue)) }
        #expect(!tryInsert(targetSQL, "cuda"))
        let strategySQL = "UPDATE attempt SET strategy = ? WHERE id = \(attemptID)"
        for strategy in Strategy.allCases { #expect(tryInsert(strategySQL, strategy.rawValue)) }
        #expect(!tryInsert(strategySQL, "rocm"))
        let kindSQL = """
            INSERT INTO intervention (attempt_id, engineer, date, hours, kind, summary, created_at)
            VALUES (\(attemptID), 'e', '2026-01-01', 1, ?, 's', 'now')
            """
        for kind in InterventionKind.allCases { #expect(tryInsert(kindSQL, kind.rawValue)) }
        #expect(!tryInsert(kindSQL, "meeting"))
        let outcomeSQL = """
            INSERT INTO intervention (attempt_id, engineer, date, hours, kind, summary, outcome, created_at)
            VALUES (\(attemptID), 'e', '2026-01-01', 1, 'other', 's', ?, 'now')
            """
        for outcome in InterventionOutcome.allCases { #expect(tryInsert(outcomeSQL, outcome.rawValue)) }
        #expect(!tryInsert(outcomeSQL, "done"))
        try queue.write { db in
            try db.execute(sql: "INSERT INTO scan (root, target, started_at) VALUES ('/r', 'ascend', 'now')")
        }
        let effortSQL = """
            INSERT INTO finding (scan_id, file, line, "column", symbol, kind, family, language, effort)
            VALUES (1, 'a.cu', 1, 1, 'cudaMalloc', 'function', 'runtime', 'cuda', ?)
            """
        for effort in Effort.allCases { #expect(tryInsert(effortSQL, effort.rawValue)) }
        #expect(!tryInsert(effortSQL, "easy"))
        try queue.write { db in
            try db.execute(sql: "INSERT INTO bench_session (source, started_at) VALUES ('run', 'now')")
        }
        let verdictSQL = """
            INSERT INTO bench_result (session_id, kernel, size, port, samples, verdict)
            VALUES (1, 'triad', 'S', 'c', 10, ?)
            """
        for (index, verdict) in Verdict.allCases.enumerated() {
            #expect(tryInsert(verdictSQL.replacingOccurrences(of: "'c'", with: "'p\(index)'"), verdict.rawValue))
        }
        #expect(!tryInsert(verdictSQL, "SLOW"))
    }

    @Test("deleting a team cascades to everything beneath it")
    func cascades() throws {
        let workspace = try TestWorkspace()
        let attempt = try workspace.seed()
        try workspace.workbench.logIntervention(InterventionDraft(
            attemptId: attempt, engineer: "e1", hours: 2, kind: .training, summary: "intro"))
        let queue = try DatabaseQueue(path: workspace.path)
        try queue.write { db in
            try db.execute(sql: "INSERT INTO scan (attempt_id, root, target, started_at) VALUES (?, '/r', 'ascend', 'now')", arguments: [attempt])
            try db.execute(sql: "INSERT INTO bench_session (attempt_id, source, started_at) VALUES (?, 'run', 'now')", arguments: [attempt])
            try db.execute(sql: "DELETE FROM team")
        }
        for table in ["codebase", "attempt", "attempt_event", "intervention", "scan", "bench_session"] {
            let count = try queue.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM \(table)") }
            #expect(count == 0, "\(table) should be empty after the cascade")
        }
    }

    @Test("foreign keys are enforced")
    func foreignKeys() throws {
        let workspace = try TestWorkspace()
        let queue = try DatabaseQueue(path: workspace.path)
        #expect(throws: DatabaseError.self) {
            try queue.write { db in
                try db.execute(sql: "INSERT INTO codebase (team_id, name, created_at) VALUES (999, 'x', 'now')")
            }
        }
    }
}

private struct CancelWrite: Error {}
