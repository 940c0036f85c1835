import Foundation
import Testing
import WorkbenchPostgres
import WorkbenchStore

/// What only a server workspace does: its schema bookkeeping, its login and connection
/// errors, and many connections writing at once. Runs when `DRAWBRIDGE_TEST_POSTGRES` is set.
@Suite("PostgreSQL workspaces", .enabled(if: TestServer.maintenanceURL != nil))
struct PostgresBackendTests {
    @Test("the server schema applies the same migrations as a file, once, however often it is opened")
    func migrations() throws {
        let workspace = try TestWorkspace(backend: .postgres)
        #expect(try workspace.workbench.check().migrations == Schema.knownMigrations)
        let again = try workspace.reopen()
        #expect(try again.check().migrations == Schema.knownMigrations)
        #expect(try workspace.runQuery("SELECT count(*) FROM drawbridge_migrations") == "\(Schema.knownMigrations.count)")
    }

    @Test("a file's workspace exported, imported on the server and exported again gives the same document")
    func fileToServerRoundTrip() throws {
        let file = try TestWorkspace(backend: .sqlite)
        try file.workbench.importDocument(try WorkspaceDocument.load(path: ImportTests.demoPath))
        // Names whose order depends on ignoring case, and text that needs escaping.
        for name in ["Zeta", "alpha", "O'Brien \"数据\" 🚀", "beta"] { try file.workbench.addTeam(name: name) }
        let document = try file.workbench.exportDocument()
        let server = try TestWorkspace(backend: .postgres)
        try server.workbench.importDocument(document)
        #expect(try Workbench.encode(try server.workbench.exportDocument()) == (try Workbench.encode(document)))
        #expect(try server.workbench.teams().map(\.name) == (try file.workbench.teams().map(\.name)))
    }

    @Test("a database from a newer Drawbridge is refused and left as it was")
    func newerSchemaRefused() throws {
        let workspace = try TestWorkspace(backend: .postgres)
        try workspace.seed()
        try workspace.runBehindTheStore(["INSERT INTO drawbridge_migrations (identifier, position) VALUES ('v99', 99)"])
        #expect(throws: StoreError.schemaTooNew(path: workspace.path, unknownMigrations: ["v99"])) { try workspace.reopen() }
        #expect(try workspace.runQuery("SELECT count(*) FROM team") == "1")
    }

    @Test("a database holding other tables is not taken over")
    func foreignDatabaseRefused() throws {
        let database = try TestServer.createDatabase()
        defer { database.drop() }
        try TestServer.psql("CREATE TABLE invoices (id int)", on: database.url)
        let error = #expect(throws: StoreError.self) { try WorkspaceOpener.open(WorkspaceLocation(explicit: database.url)) }
        #expect(error?.description.contains("invoices") == true)
        #expect(try TestServer.psql("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'", on: database.url)
            .trimmingCharacters(in: .whitespacesAndNewlines) == "1")
    }

    @Test("a missing database, a closed port and a wrong role each say what to do")
    func unreachable() throws {
        let url = try #require(TestServer.maintenanceURL)
        let base = try #require(URLComponents(string: url))
        var missing = base
        missing.path = "/no_such_database_here"
        let noDatabase = #expect(throws: StoreError.self) { try WorkspaceOpener.open(WorkspaceLocation(explicit: missing.string!)) }
        #expect(noDatabase?.description.contains("createdb") == true)
        var closed = base
        closed.port = 1
        let refused = #expect(throws: StoreError.self) { try WorkspaceOpener.open(WorkspaceLocation(explicit: closed.string!)) }
        #expect(refused?.description.contains("cannot reach the workspace server") == true)
        var stranger = base
        stranger.user = "nobody_at_all"
        #expect(throws: StoreError.self) { try WorkspaceOpener.open(WorkspaceLocation(explicit: stranger.string!)) }
    }

    @Test("a connection lost mid-transaction is reported, nothing of it is saved, and the next call reconnects")
    func lostConnection() throws {
        let workspace = try TestWorkspace(backend: .postgres)
        let attempt = try workspace.seed()
        let error = #expect(throws: StoreError.self) {
            try workspace.workbench.backend.write { db in
                try db.run("INSERT INTO team (name, created_at) VALUES ('half', '2026-11-21T12:00:00Z')")
                // The server ends this very session, as a restart or a network cut would.
                try db.run("SELECT pg_terminate_backend(pg_backend_pid())")
            }
        }
        if case .connectionLost = error {} else { Issue.record("expected connectionLost, got \(String(describing: error))") }
        #expect(error?.description.contains("lost the connection") == true)
        #expect(try workspace.workbench.teams().map(\.name) == ["speech"])
        try workspace.workbench.logIntervention(InterventionDraft(attemptId: attempt, engineer: "a", hours: 1, kind: .other, summary: "s"))
        #expect(try workspace.workbench.interventions().count == 1)
    }

    @Test("a connection dropped between commands is made again before the next one")
    func reconnectBetweenCommands() throws {
        let workspace = try TestWorkspace(backend: .postgres)
        let attempt = try workspace.seed()
        let database = String(workspace.path.split(separator: "/").last!)
        try TestServer.psql("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '\(database)' AND pid <> pg_backend_pid()")
        Thread.sleep(forTimeInterval: 0.2)
        try workspace.workbench.logIntervention(InterventionDraft(attemptId: attempt, engineer: "a", hours: 1, kind: .other, summary: "s"))
        #expect(try workspace.workbench.interventions().count == 1)
    }

    @Test("four connections logging at once lose and duplicate nothing")
    func concurrentWriters() throws {
        let workspace = try TestWorkspace(backend: .postgres)
        let attempt = try workspace.seed()
        let writers = try (0..<4).map { _ in try workspace.reopen() }
        let failures = Failures()
        DispatchQueue.concurrentPerform(iterations: writers.count) { index in
            for entry in 0..<25 {
                do {
                    try writers[index].logIntervention(InterventionDraft(
                        attemptId: attempt, engineer: "w\(index)", hours: 1, kind: .other, summary: "entry \(entry)"))
                } catch {
                    failures.add("\(error)")
                }
            }
        }
        #expect(failures.all.isEmpty)
        let logged = try workspace.workbench.interventions()
        #expect(logged.count == 100)
        #expect(Set(logged.map { "\($0.engineer) \($0.summary)" }).count == 100)
    }

    @Test("sums and averages of integers, booleans and NULL read back as SQLite would give them")
    func numericAggregates() throws {
        let workspace = try TestWorkspace(backend: .postgres)
        let values = try workspace.workbench.backend.read { db in
            let rows = "(VALUES (1::bigint), (2::bigint)) v(x)"
            return (try db.scalar("SELECT sum(x) FROM \(rows)") as Int?, try db.scalar("SELECT avg(x) FROM \(rows)") as Double?,
                    try db.scalar("SELECT max(x) > 1 FROM \(rows)") as Int?, try db.scalar("SELECT NULL::text") as String?,
                    try db.scalar("SELECT ?::bigint + ?1::bigint", [20]) as Int?)
        }
        #expect(values.0 == 3 && values.1 == 1.5 && values.2 == 1 && values.3 == nil && values.4 == 40)
    }
}

/// Errors collected from several threads.
final class Failures: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [String] = []
    func add(_ item: String) { lock.withLock { items.append(item) } }
    var all: [String] { lock.withLock { items } }
}
