import Foundation
import Testing

/// The full-screen workbench in a real terminal (tmux): load the demo, open an attempt,
/// log an intervention through the form, quit, and find the row with the command line.
@Suite("Workbench in a real terminal")
struct TerminalWorkbenchTests {
    @Test("log an intervention through the form in tmux",
          .enabled(if: TmuxDriver.executable != nil, "tmux is not installed: install it (apt-get install tmux) to run the real-terminal test"))
    func logInTmux() throws {
        let session = try E2EWorkspace()
        let runner = session.runner, db = session.db
        let tmux = try Self.demoLoaded(runner, db: db)
        try tmux.keys("2")
        try tmux.waitFor("9 attempts")
        try tmux.keys("j", "Enter")
        let detail = try tmux.waitFor("Status timeline")
        #expect(detail.contains("#5 lattice-cfd on Ascend C"))

        // A resize to below the minimum and back, as a real terminal delivers it.
        try tmux.resize(width: 50, height: 12)
        try tmux.waitFor("terminal too small")
        try tmux.resize(width: 120, height: 40)
        try tmux.waitFor("Status timeline")

        try tmux.keys("a")
        try tmux.waitFor("Log an intervention")
        try tmux.keys("Tab", "C-u")
        try tmux.type("tmux-engineer")
        try tmux.keys("Tab", "Tab")
        try tmux.type("1.5")
        try tmux.keys("Tab", "Right", "Tab", "Right", "Tab")
        try tmux.type("Logged from a real terminal")
        try tmux.keys("Enter")
        try tmux.waitFor("logged 1.5 h")
        try tmux.keys("q")
        try tmux.waitFor("9 attempts")
        try tmux.keys("q")
        try tmux.waitForExit()

        let listing = try runner.run(["list", "interventions", "--format", "json", "--db", db])
        #expect(listing.status == 0)
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(listing.stdout.utf8)) as? [[String: Any]])
        let row = try #require(rows.first { $0["summary"] as? String == "Logged from a real terminal" })
        #expect(row["engineer"] as? String == "tmux-engineer")
        #expect(row["hours"] as? Double == 1.5)
        #expect(row["attempt"] as? Int == 5)
        #expect(row["kind"] as? String == "operator-substitution")
        #expect(row["outcome"] as? String == "resolved")
        #expect(row["date"] as? String == "2026-11-21")
    }

    @Test("the tmux server keeps none of the test process's descriptors (another test's pipe would never see its end)",
          .enabled(if: TmuxDriver.executable != nil, "tmux is not installed: install it (apt-get install tmux) to run the real-terminal test"))
    func serverInheritsNoDescriptors() throws {
        // A pipe open while the server starts, as a test running alongside may have one.
        var ends: [Int32] = [-1, -1]
        #expect(pipe(&ends) == 0)
        defer { for end in ends { close(end) } }
        let session = try E2EWorkspace()
        let tmux = try TmuxDriver.workbench(session.runner, db: session.db)
        let server = try tmux.serverPID()
        let ours = try ends.map { try FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/fd/\($0)") }
        let held = try FileManager.default.contentsOfDirectory(atPath: "/proc/\(server)/fd").compactMap {
            try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/\(server)/fd/\($0)")
        }
        #expect(!held.isEmpty, "the server's descriptors could not be read")
        #expect(held.allSatisfy { !ours.contains($0) }, "the tmux server holds the test's pipe: \(held)")
    }

    @Test("the demo's scan on the scan screen, and a scan in the background from :scan, in tmux",
          .enabled(if: TmuxDriver.executable != nil, "tmux is not installed: install it (apt-get install tmux) to run the real-terminal test"))
    func scanInTmux() throws {
        let session = try E2EWorkspace()
        let runner = session.runner, db = session.db
        let samples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Data/samples").path
        let tmux = try Self.demoLoaded(runner, db: db)
        try tmux.keys("4")
        try tmux.waitFor("122 findings in 13 files")
        try tmux.keys(":")
        try tmux.type("scan \(samples)")
        try tmux.keys("Enter")
        try tmux.waitFor("scan #2 · ")
        try tmux.waitFor("scan 1 of 2")
        try tmux.keys("q")
        try tmux.waitForExit()
        let listing = try runner.run(["list", "scans", "--format", "json", "--db", db])
        #expect(listing.status == 0)
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(listing.stdout.utf8)) as? [[String: Any]])
        #expect(rows.count == 2)
    }

    /// The workbench on an empty workspace in tmux, with the demo loaded through the welcome screen's `d`.
    static func demoLoaded(_ runner: BinaryRunner, db: String) throws -> TmuxDriver {
        let tmux = try TmuxDriver.workbench(runner, db: db)
        try tmux.waitFor("load the demo")
        try tmux.keys("d")
        try tmux.waitFor("Teams · codebases · attempts")
        return tmux
    }
}
