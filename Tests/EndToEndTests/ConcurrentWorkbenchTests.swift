import Foundation
import Testing

/// The workbench open in a real terminal while two logging loops and a saved scan write to
/// the same file: nothing is lost, nobody sees "database is locked", and the open
/// workbench shows the new rows.
@Suite("Workbench under concurrent writers")
final class ConcurrentWorkbenchTests {
    let session: E2EWorkspace
    var runner: BinaryRunner { session.runner }
    var directory: URL { session.directory }
    var db: String { session.db }

    init() throws { session = try E2EWorkspace() }

    /// A shell loop of `count` `drawbridge log` calls; its stderr goes to `errors`.
    func logLoop(engineer: String, count: Int, errors: URL) throws -> Process {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", """
            for i in $(seq \(count)); do "$0" log --attempt 5 --engineer \(engineer) --hours 0.25 --kind perf-tuning \
              --summary "run $i" --db "$1" >/dev/null 2>>"$2" || exit 1; done
            """, runner.executable.path, db, errors.path]
        process.environment = runner.environment
        try process.run()
        return process
    }

    @Test("TUI in tmux + two log loops + scan --save on one file: every row lands, no lock errors, the TUI shows them",
          .enabled(if: TmuxDriver.executable != nil, "tmux is not installed: install it (apt-get install tmux) to run the real-terminal test"))
    func concurrentWriters() throws {
        #expect(try runner.run(["demo", "--db", db]).status == 0)
        let tmux = try TmuxDriver.workbench(runner, db: db)
        try tmux.waitFor("Teams · codebases · attempts")
        try tmux.keys("3")
        try tmux.waitFor("41 interventions")
        let errors = directory.appendingPathComponent("errors.txt")
        try Data().write(to: errors)
        let loops = [try logLoop(engineer: "loop-a", count: 150, errors: errors),
                     try logLoop(engineer: "loop-b", count: 150, errors: errors)]
        let samples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Data/samples").path
        let scan = try runner.run(["scan", samples, "--save", "--attempt", "5", "--format", "csv", "--db", db])
        #expect(scan.status == 0, "\(scan.stderr)")
        for loop in loops { loop.waitUntilExit() }
        #expect(loops.allSatisfy { $0.terminationStatus == 0 })
        let stderr = try String(contentsOf: errors, encoding: .utf8)
        #expect(stderr.isEmpty, "the loops printed: \(stderr)")
        #expect(!stderr.contains("locked"))
        // The open workbench notices the other processes' commits within its poll.
        try tmux.waitFor("341 interventions")
        try tmux.keys("q")
        try tmux.waitForExit()
        let listing = try runner.run(["list", "interventions", "--format", "json", "--db", db])
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(listing.stdout.utf8)) as? [[String: Any]])
        #expect(rows.count == 341)
        #expect(rows.filter { $0["engineer"] as? String == "loop-a" }.count == 150)
        #expect(rows.filter { $0["engineer"] as? String == "loop-b" }.count == 150)
        let scans = try runner.run(["list", "scans", "--format", "json", "--db", db])
        let scanRows = try #require(try JSONSerialization.jsonObject(with: Data(scans.stdout.utf8)) as? [[String: Any]])
        #expect(scanRows.count == 2)
        #expect(try runner.run(["check", "--db", db]).status == 0)
    }
}
