import Foundation
import GRDB
import WorkbenchPostgres
import WorkbenchStore

/// A workspace in a fresh temporary directory (and, on PostgreSQL, a fresh database),
/// removed when the value is dropped.
final class TestWorkspace {
    let directory: URL
    let workbench: Workbench
    /// Which backend holds it.
    let backend: TestBackend
    /// The database created for it on the test server, dropped with it.
    private let serverDatabase: TestServer.Database?
    var path: String { workbench.path }

    /// The fixed instant every test clock reads: 2026-11-21 12:00 UTC.
    static let now = Date(timeIntervalSince1970: 1_795_262_400)

    /// A workspace on the backend the running test is given (`TestBackend.current`).
    init(clock: WorkbenchClock = .fixed(TestWorkspace.now), backend: TestBackend = TestBackend.current) throws {
        directory = try Self.makeDirectory()
        self.backend = backend
        switch backend {
        case .sqlite:
            serverDatabase = nil
            workbench = try Workbench.open(
                WorkspaceLocation(explicit: directory.appendingPathComponent("w.sqlite").path), clock: clock)
        case .postgres:
            let database = try TestServer.createDatabase()
            serverDatabase = database
            workbench = try WorkspaceOpener.open(WorkspaceLocation(explicit: database.url), clock: clock)
        }
    }

    deinit {
        try? FileManager.default.removeItem(at: directory)
        serverDatabase?.drop()
    }

    /// A second, independent connection to the same workspace (as another process has).
    func reopen(clock: WorkbenchClock = .fixed(TestWorkspace.now)) throws -> Workbench {
        try WorkspaceOpener.open(WorkspaceLocation(explicit: serverDatabase?.url ?? path), clock: clock)
    }

    /// Runs `statements` on the workspace behind the store's back, with foreign keys not
    /// enforced, as another tool could.
    func runBehindTheStore(_ statements: [String]) throws {
        if let serverDatabase {
            try TestServer.psql(
                (["SET session_replication_role = replica"] + statements).joined(separator: "; "), on: serverDatabase.url)
            return
        }
        let queue = try DatabaseQueue(path: path)
        try queue.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA foreign_keys = OFF")
            for statement in statements { try db.execute(sql: statement) }
        }
        try queue.close()
    }

    /// The one value `sql` selects, read behind the store's back (server workspaces only).
    func runQuery(_ sql: String) throws -> String {
        guard let serverDatabase else { throw TestServerError(message: "runQuery needs a server workspace") }
        return try TestServer.psql(sql, on: serverDatabase.url).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    static func makeDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("drawbridge-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// The repository's Data directory (tests read the shipped demo workspace).
    static var dataDirectory: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Data")
    }

    /// A small workspace: one team, one codebase, one active Ascend attempt.
    @discardableResult
    func seed() throws -> Int64 {
        try workbench.addTeam(name: "speech", org: "AI", lead: "lead-1")
        try workbench.addCodebase(name: "asr", team: "speech", language: "Python")
        let attempt = try workbench.addAttempt(
            AttemptDraft(codebase: "asr", target: .ascend, strategy: .torchNPU, status: .active))
        return attempt.id!
    }
}
