import Foundation
import Testing

/// The built binary against a PostgreSQL workspace: moving a file's workspace up exactly,
/// and a process killed mid-scan-save leaving nothing partial. Runs when
/// `DRAWBRIDGE_TEST_POSTGRES` names a server (`.ci/run` starts one).
@Suite("PostgreSQL workspaces, end to end", .enabled(if: ServerDatabase.maintenanceURL != nil))
final class PostgresEndToEndTests {
    let session: E2EWorkspace
    let server: ServerDatabase
    var runner: BinaryRunner { session.runner }

    init() throws {
        session = try E2EWorkspace()
        server = try ServerDatabase()
    }

    static let samples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Data/samples").path

    func file(_ name: String) -> String { session.directory.appendingPathComponent(name).path }

    @Test("export from a file, import into PostgreSQL, export again: the same bytes")
    func exportImportExport() throws {
        let load = try session.run(["demo"])
        #expect(load.status == 0, "\(load.stderr)")
        // A saved scan (findings with mappings and snippets) and a hostile name besides the demo.
        let scan = try session.run(["scan", "run", Self.samples,
                                    "--save", "--attempt", "1", "--format", "csv"])
        #expect(scan.status == 0, "\(scan.stderr)")
        #expect(try session.run(["team", "add", "O'Brien \"数据\" 🚀"]).status == 0)
        let first = file("from-sqlite.json")
        #expect(try session.run(["export", first]).status == 0)

        let imported = try runner.run(["import", first, "--db", server.url])
        #expect(imported.status == 0, "\(imported.stderr)")
        let second = file("from-postgres.json")
        let exported = try runner.run(["export", second, "--db", server.url])
        #expect(exported.status == 0, "\(exported.stderr)")
        let a = try Data(contentsOf: URL(fileURLWithPath: first))
        let b = try Data(contentsOf: URL(fileURLWithPath: second))
        #expect(a.count > 10_000)
        #expect(a == b, "the exports differ: \(a.count) and \(b.count) bytes")
        // And importing it again adds nothing.
        let again = try runner.run(["import", first, "--db", server.url])
        #expect(again.stdout.contains("nothing to add"), "\(again.stdout)")
        let check = try runner.run(["check", "--db", server.url])
        #expect(check.status == 0, "\(check.stdout) \(check.stderr)")
    }

    @Test("10 SIGKILLs of a scan being saved to PostgreSQL: no partial scan, every stored one whole")
    func killedScanSaves() throws {
        #expect(try runner.run(["demo", "--db", server.url]).status == 0)
        let tree = session.directory.appendingPathComponent("tree")
        try FileManager.default.createDirectory(at: tree, withIntermediateDirectories: true)
        let body = (0..<500).map { "    cudaMalloc(&p\($0), n); cudaFree(p\($0));\n" }.joined()
        for index in 0..<20 {
            try body.write(to: tree.appendingPathComponent("k\(index).cu"), atomically: true, encoding: .utf8)
        }
        let arguments = ["scan", "run", tree.path, "--save", "--attempt", "1", "--format", "csv", "--db", server.url]
        let start = Date()
        #expect(try runner.run(arguments).status == 0)
        let length = Date().timeIntervalSince(start)
        var landed = 0
        for attempt in 0..<10 {
            // Spread the kills over the run's second half, where the findings are written.
            if try runner.runKilled(arguments, after: length * (0.5 + 0.05 * Double(attempt))) { landed += 1 }
            let check = try runner.run(["check", "--db", server.url, "--format", "json"])
            #expect(check.status == 0, "after kill \(attempt): \(check.stdout) \(check.stderr)")
            let report = try #require(try JSONSerialization.jsonObject(with: Data(check.stdout.utf8)) as? [String: Any])
            #expect((report["incomplete_scans"] as? [Any])?.isEmpty == true, "after kill \(attempt)")
        }
        #expect(landed > 0, "no kill landed while the scan ran")
    }
}

/// A fresh database on the test server for one test, dropped after it.
final class ServerDatabase {
    /// `DRAWBRIDGE_TEST_POSTGRES`: the server's maintenance database.
    static var maintenanceURL: String? {
        guard let url = ProcessInfo.processInfo.environment["DRAWBRIDGE_TEST_POSTGRES"], !url.isEmpty else { return nil }
        return url
    }

    let name = "drawbridge_e2e_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased()
    let url: String

    init() throws {
        guard let maintenance = Self.maintenanceURL, var components = URLComponents(string: maintenance) else {
            throw ServerError(message: "DRAWBRIDGE_TEST_POSTGRES is not a URL")
        }
        try Self.psql(maintenance, "CREATE DATABASE \(name)")
        components.path = "/" + name
        url = components.string ?? maintenance
    }

    deinit {
        if let maintenance = Self.maintenanceURL { try? Self.psql(maintenance, "DROP DATABASE IF EXISTS \(name) WITH (FORCE)") }
    }

    static func psql(_ url: String, _ sql: String) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", url, "-c", sql]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw ServerError(message: "psql failed: \(sql)") }
    }
}

/// The test server could not be used.
struct ServerError: Error, CustomStringConvertible {
    let message: String
    var description: String { message }
}
