import Foundation
import Testing

/// SQLite's promise, made for the workspace: a process killed at any moment leaves the file
/// sound and every scan and benchmark session either whole or absent.
@Suite("Crash safety")
final class CrashSafetyTests {
    let session: E2EWorkspace
    var runner: BinaryRunner { session.runner }
    var directory: URL { session.directory }
    var db: String { session.db }

    init() throws { session = try E2EWorkspace() }

    /// SplitMix64 with a fixed seed, so every kill happens at the same offset in every run.
    struct Generator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func unit() -> Double { Double(next() >> 11) / Double(1 << 53) }
    }

    /// How long a run takes uninterrupted, so kills can be spread over its whole length: the median of three runs,
    /// since a first, cold run (or one slowed by other tests) made the kills overshoot and miss.
    func duration(_ arguments: [String]) throws -> Double {
        var lengths: [Double] = []
        for _ in 0..<3 {
            let start = Date()
            let result = try runner.run(arguments)
            #expect(result.status == 0, "\(arguments): \(result.stderr)")
            lengths.append(Date().timeIntervalSince(start))
        }
        return lengths.sorted()[1]
    }

    /// 100 files of 1,000 lines with two CUDA calls each: 200,000 findings.
    func makeTree() throws -> URL {
        let tree = directory.appendingPathComponent("tree")
        try FileManager.default.createDirectory(at: tree, withIntermediateDirectories: true)
        let body = (0..<1000).map { "    cudaMalloc(&p\($0), n); cudaFree(p\($0));\n" }.joined()
        for file in 0..<100 {
            try body.write(to: tree.appendingPathComponent(String(format: "k%03d.cu", file)), atomically: true, encoding: .utf8)
        }
        return tree
    }

    /// `drawbridge check` must pass: integrity ok, foreign keys ok, every scan whole.
    func expectSound(after what: String) throws {
        let check = try runner.run(["check", "--db", db, "--format", "json"])
        #expect(check.status == 0, "after \(what): \(check.stdout) \(check.stderr)")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(check.stdout.utf8)) as? [String: Any])
        #expect(report["integrity"] as? [String] == ["ok"], "after \(what)")
        #expect((report["incomplete_scans"] as? [Any])?.isEmpty == true, "after \(what)")
    }

    @Test("50 SIGKILLs while saving a 200,000-finding scan, importing a benchmark file and logging: the file stays sound, nothing is partial")
    func killsLeaveNothingPartial() throws {
        let tree = try makeTree()
        let benchFile = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("KernelBenchTests/Fixtures/google-benchmark.json").path
        #expect(try runner.run(["team", "add", "t", "--db", db]).status == 0)
        #expect(try runner.run(["codebase", "add", "c", "--team", "t", "--db", db]).status == 0)
        #expect(try runner.run(["attempt", "add", "--codebase", "c", "--target", "hip", "--strategy", "hip", "--db", db]).status == 0)
        let scan = ["scan", tree.path, "--format", "csv", "--save", "--attempt", "1", "--db", db]
        let importing = ["bench", "import", benchFile, "--port", "hip", "--attempt", "1", "--db", db]
        let logging = ["log", "--attempt", "1", "--engineer", "e", "--hours", "1", "--kind", "build-fix",
                       "--summary", "killed or not", "--db", db]
        // One uninterrupted run of each: the lengths the kills are spread over, and the
        // whole scan and session every later one must match or be absent.
        let lengths = [try duration(scan), try duration(importing), try duration(logging)]
        let sessionResults = try #require(try sqlite(
            "SELECT count(*) FROM bench_result WHERE session_id = (SELECT min(id) FROM bench_session)").first.flatMap { Int($0) })
        #expect(sessionResults > 0)
        var random = Generator(state: 20_261_121)
        // Kills are repeated until 50 have landed while the process ran: on a busy machine a run can end before its
        // drawn moment, and such a run proves nothing about a kill (it is still checked, like every other).
        var landed = 0
        var kill = 0
        while landed < 50 && kill < 150 {
            defer { kill += 1 }
            let which = kill % 3
            let arguments = [scan, importing, logging][which]
            let delay = random.unit() * lengths[which] * 1.1
            if try runner.runKilled(arguments, after: delay) { landed += 1 }
            try expectSound(after: "kill \(kill) of \(arguments[0]) at \(String(format: "%.3f", delay)) s")
            // Every benchmark session holds all its results or does not exist.
            let partial = try sqlite("""
                SELECT count(*) FROM bench_session b WHERE (SELECT count(*) FROM bench_result r WHERE r.session_id = b.id) != \(sessionResults)
                """)
            #expect(partial == ["0"], "kill \(kill): a benchmark session was partly stored")
        }
        #expect(landed == 50, "only \(landed) of \(kill) kills landed while the process ran")
        print("crash safety: \(landed) of \(kill) kills landed while the process ran; the file stayed sound after every one")
    }

    /// Runs one query with the sqlite3 shell; returns its output lines.
    func sqlite(_ query: String) throws -> [String] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["sqlite3", db, query]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init)
    }
}

/// Backup, check, export and import from the command line.
@Suite("drawbridge backup, check, export, import")
final class BackupCommandTests {
    let session: E2EWorkspace
    var runner: BinaryRunner { session.runner }
    var directory: URL { session.directory }
    var db: String { session.db }

    init() throws { session = try E2EWorkspace() }

    @Test("a backup taken while another process logs is a sound snapshot; the log goes on untouched")
    func backupWhileWriting() throws {
        #expect(try runner.run(["demo", "--db", db]).status == 0)
        let loop = Process()
        loop.executableURL = URL(fileURLWithPath: "/bin/sh")
        loop.arguments = ["-c", "for i in $(seq 60); do \"$0\" log --attempt 1 --engineer loop --hours 0.5 --kind build-fix --summary \"w $i\" --db \"$1\" || exit 1; done",
                          runner.executable.path, db]
        loop.environment = runner.environment
        try loop.run()
        Thread.sleep(forTimeInterval: 0.5)
        let copy = directory.appendingPathComponent("copy.sqlite").path
        let backup = try runner.run(["backup", copy, "--db", db])
        #expect(backup.status == 0, "\(backup.stderr)")
        #expect(backup.stdout.contains("integrity ok"))
        loop.waitUntilExit()
        #expect(loop.terminationStatus == 0)
        let check = try runner.run(["check", "--db", copy])
        #expect(check.status == 0, "\(check.stdout)")
        let copied = try #require(try JSONSerialization.jsonObject(with: Data(try runner.run(["check", "--db", copy, "--format", "json"]).stdout.utf8)) as? [String: Any])
        let counts = try #require(copied["row_counts"] as? [String: Int])
        let interventions = try #require(counts["intervention"])
        #expect((41...101).contains(interventions))
        let final = try runner.run(["list", "interventions", "--engineer", "loop", "--format", "json", "--db", db])
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(final.stdout.utf8)) as? [[String: Any]])
        #expect(rows.count == 60)
        let again = try runner.run(["backup", copy, "--db", db])
        #expect(again.status != 0)
        #expect(again.stderr.contains("already exists; --replace overwrites it"))
    }

    @Test("export, import into a new workspace, export again: the same document; a second import adds nothing")
    func exportImport() throws {
        #expect(try runner.run(["demo", "--db", db]).status == 0)
        let first = directory.appendingPathComponent("one.json").path
        #expect(try runner.run(["export", first, "--db", db]).status == 0)
        let other = directory.appendingPathComponent("other.sqlite").path
        let imported = try runner.run(["import", first, "--db", other])
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stdout.contains("imported 4 teams, 5 codebases, 9 attempts"))
        let second = try runner.run(["export", "-", "--db", other])
        #expect(second.stdout == String(decoding: try Data(contentsOf: URL(fileURLWithPath: first)), as: UTF8.self))
        #expect(try runner.run(["import", first, "--db", other]).stdout.contains("nothing to add"))
        let truncated = directory.appendingPathComponent("cut.json")
        try Data(try Data(contentsOf: URL(fileURLWithPath: first)).prefix(5000)).write(to: truncated)
        let bad = try runner.run(["import", truncated.path, "--db", other])
        #expect(bad.status != 0)
        #expect(bad.stderr.contains("not valid JSON"))
    }
}
