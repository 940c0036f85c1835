import Foundation
import GRDB
import Testing
@testable import WorkbenchStore

@Suite("Migrations")
struct MigrationTests {
    @Test("a database written by a newer binary is refused and left untouched")
    func newerSchemaRefused() throws {
        let directory = try TestWorkspace.makeDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("future.sqlite").path
        _ = try Workbench.open(WorkspaceLocation(explicit: path))
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in
            try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v9-from-the-future')")
        }
        try queue.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)") }
        try queue.close()
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(throws: StoreError.schemaTooNew(path: path, unknownMigrations: ["v9-from-the-future"])) {
            _ = try Workbench.open(WorkspaceLocation(explicit: path))
        }
        let after = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(before == after)
    }

    @Test("a workspace saved by schema v1 opens, upgrades and keeps its rows")
    func v1FixtureUpgrades() throws {
        let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Fixtures/workspace-v1.sqlite")
        let directory = try TestWorkspace.makeDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let copy = directory.appendingPathComponent("old.sqlite")
        try FileManager.default.copyItem(at: fixture, to: copy)
        let workbench = try Workbench.open(WorkspaceLocation(explicit: copy.path))
        let overview = try workbench.overview()
        #expect(overview.teams == 4)
        #expect(overview.attempts == 8)
        #expect(overview.interventions == 41)
        let applied = try DatabaseQueue(path: copy.path).read { db in
            try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations ORDER BY rowid")
        }
        #expect(applied == Schema.knownMigrations)
    }

    @Test("an empty file becomes a workspace")
    func emptyFileIsInitialised() throws {
        let directory = try TestWorkspace.makeDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("empty.sqlite").path
        _ = FileManager.default.createFile(atPath: path, contents: Data())
        let workbench = try Workbench.open(WorkspaceLocation(explicit: path))
        #expect(try workbench.overview().isEmpty)
    }

    @Test("a file that is not SQLite is refused and left untouched")
    func notADatabase() throws {
        let directory = try TestWorkspace.makeDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("notes.sqlite").path
        let text = Data("these are my notes, not a database\n".utf8)
        _ = FileManager.default.createFile(atPath: path, contents: text)
        #expect(throws: StoreError.notADatabase(path: path)) {
            _ = try Workbench.open(WorkspaceLocation(explicit: path))
        }
        #expect(FileManager.default.contents(atPath: path) == text)
        #expect(!FileManager.default.fileExists(atPath: path + "-wal"))
    }

    @Test("a missing directory is reported, not created, for an explicit path")
    func missingDirectory() throws {
        let path = "/nonexistent-\(UUID().uuidString)/w.sqlite"
        #expect(throws: StoreError.directoryMissing(path: (path as NSString).deletingLastPathComponent)) {
            _ = try Workbench.open(WorkspaceLocation(explicit: path))
        }
    }

    @Test("the default location follows DRAWBRIDGE_DB, then XDG_DATA_HOME, then HOME")
    func defaultLocation() {
        #expect(WorkspaceLocation.resolve(explicit: "/a/b.sqlite", environment: ["DRAWBRIDGE_DB": "/c"]).path == "/a/b.sqlite")
        #expect(WorkspaceLocation.resolve(explicit: nil, environment: ["DRAWBRIDGE_DB": "/c/d.sqlite"]).path == "/c/d.sqlite")
        let xdg = WorkspaceLocation.resolve(explicit: nil, environment: ["XDG_DATA_HOME": "/x", "HOME": "/h"])
        #expect(xdg.path == "/x/drawbridge/workbench.sqlite")
        #expect(xdg.isDefault)
        let home = WorkspaceLocation.resolve(explicit: nil, environment: ["XDG_DATA_HOME": "relative", "HOME": "/h"])
        #expect(home.path == "/h/.local/share/drawbridge/workbench.sqlite")
    }
}
