import Foundation
import Testing

/// The storage a conformance test runs on. Every suite marked `.onEveryBackend` runs each
/// of its tests once per backend available: SQLite always, PostgreSQL when
/// `DRAWBRIDGE_TEST_POSTGRES` names a server (`.ci/run` starts one).
enum TestBackend: String, Sendable, CustomStringConvertible {
    case sqlite
    case postgres

    /// The backend the running test is on.
    @TaskLocal static var current: TestBackend = .sqlite

    /// The backends this run covers.
    static var available: [TestBackend] { TestServer.maintenanceURL == nil ? [.sqlite] : [.sqlite, .postgres] }

    var description: String { rawValue }
}

/// A test failure on one backend, so the report says which.
struct FailedOnBackend: Error, CustomStringConvertible {
    let backend: TestBackend
    let error: any Error
    var description: String { "on \(backend): \(error)" }
}

/// Runs each test of a suite once per available backend.
struct OnEveryBackend: SuiteTrait, TestTrait, TestScoping {
    var isRecursive: Bool { true }

    func provideScope(
        for test: Test, testCase: Test.Case?, performing function: @Sendable () async throws -> Void
    ) async throws {
        guard testCase != nil else { return try await function() }
        for backend in TestBackend.available {
            do {
                try await TestBackend.$current.withValue(backend) { try await function() }
            } catch {
                throw FailedOnBackend(backend: backend, error: error)
            }
        }
    }
}

extension Trait where Self == OnEveryBackend {
    /// Runs each test once on SQLite and once on PostgreSQL (when a test server is set).
    static var onEveryBackend: Self { OnEveryBackend() }
}

/// The PostgreSQL server the tests use, named by `DRAWBRIDGE_TEST_POSTGRES`
/// (`postgres://user@host:port/maintenance-db`); each workspace gets a database of its own.
enum TestServer {
    /// The URL of the maintenance database, nil when no server is set.
    static var maintenanceURL: String? {
        guard let url = ProcessInfo.processInfo.environment["DRAWBRIDGE_TEST_POSTGRES"], !url.isEmpty else { return nil }
        return url
    }

    /// One database made for one test.
    struct Database {
        let name: String
        let url: String

        /// Drops the database, closing whatever is still connected to it.
        func drop() {
            _ = try? TestServer.psql("DROP DATABASE IF EXISTS \(name) WITH (FORCE)")
        }
    }

    /// Creates an empty database on the test server.
    static func createDatabase() throws -> Database {
        guard let maintenance = maintenanceURL, var components = URLComponents(string: maintenance) else {
            throw TestServerError(message: "DRAWBRIDGE_TEST_POSTGRES is not set to a postgres:// URL")
        }
        let name = "drawbridge_test_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased()
        try psql("CREATE DATABASE \(name)")
        components.path = "/" + name
        return Database(name: name, url: components.string ?? maintenance)
    }

    /// Runs `sql` with psql on the database `url` (the maintenance database by default).
    @discardableResult
    static func psql(_ sql: String, on url: String? = nil) throws -> String {
        guard let maintenance = url ?? maintenanceURL else { throw TestServerError(message: "no test server") }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["psql", "-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1", maintenance, "-c", sql]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let text = String(decoding: data, as: UTF8.self)
        guard process.terminationStatus == 0 else { throw TestServerError(message: "psql failed: \(text)") }
        return text
    }
}

/// The test server could not be used.
struct TestServerError: Error, CustomStringConvertible {
    let message: String
    var description: String { message }
}
