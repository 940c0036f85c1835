import Foundation
import Testing

@Suite("Several processes on one workspace", .serialized)
struct ConcurrencyTests {
    @Test("two processes logging 500 interventions each lose none and never report a lock")
    func concurrentLogging() async throws {
        let runner = try BinaryRunner()
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let db = directory.appendingPathComponent("w.sqlite").path
        #expect(try runner.run(["demo", "--db", db]).status == 0)
        let perProcess = 500
        let failures = try await withThrowingTaskGroup(of: [String].self) { group in
            for worker in 1...2 {
                group.addTask {
                    var failures: [String] = []
                    for index in 1...perProcess {
                        let result = try runner.run([
                            "log", "--db", db, "--attempt", "\(worker)", "--engineer", "loop-\(worker)",
                            "--hours", "0.5", "--kind", "other", "--summary", "entry \(index)",
                        ])
                        if result.status != 0 || !result.stderr.isEmpty { failures.append(result.stderr) }
                    }
                    return failures
                }
            }
            return try await group.reduce(into: []) { $0 += $1 }
        }
        #expect(failures.isEmpty, "\(failures.prefix(3))")
        let listed = try runner.run(["list", "interventions", "--db", db, "--format", "json", "--engineer", "loop-1"])
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(listed.stdout.utf8)) as? [[String: Any]])
        #expect(rows.count == perProcess)
        let other = try runner.run(["list", "interventions", "--db", db, "--format", "csv", "--engineer", "loop-2"])
        #expect(other.stdout.split(separator: "\r\n").count == perProcess + 1)
    }

    @Test("two processes creating the same brand-new file at once both succeed")
    func concurrentCreation() async throws {
        let runner = try BinaryRunner()
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        for round in 1...10 {
            let db = directory.appendingPathComponent("new-\(round).sqlite").path
            let results = try await withThrowingTaskGroup(of: BinaryRunner.Result.self) { group in
                for worker in 1...2 {
                    group.addTask { try runner.run(["team", "add", "team-\(worker)", "--db", db]) }
                }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            for result in results {
                #expect(result.status == 0, "round \(round): \(result.stderr)")
            }
            let teams = try runner.run(["list", "teams", "--db", db, "--format", "csv"])
            #expect(teams.stdout.split(separator: "\r\n").count == 3)
        }
    }
}
