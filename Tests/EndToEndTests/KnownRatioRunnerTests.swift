import Foundation
import Testing

/// End to end through the real runner protocol: `Scripts/known-ratio-runner.sh` relays to
/// `drawbridge bench serve --port c` and scales every sample by a known factor.
@Suite("drawbridge bench with known-ratio runners")
final class KnownRatioRunnerTests {
    let session: E2EWorkspace
    var runner: BinaryRunner { session.runner }
    var db: String { session.db }
    static let script = BenchCommandTests.root.appendingPathComponent("Scripts/known-ratio-runner.sh").path

    init() throws { session = try E2EWorkspace() }

    /// A manifest for a relay scaling by `factor`, optionally through a wrapper script.
    func manifest(_ name: String, factor: String, command: String? = nil) throws -> String {
        let path = session.directory.appendingPathComponent("\(name).manifest")
        let text = "name = \(name)\ncommand = \(command ?? Self.script)\narg = \(factor)\narg = \(runner.executable.path)\ntimeout = 30\nprotocol = 1\n"
        try text.write(to: path, atomically: true, encoding: .utf8)
        return path.path
    }

    func comparisons(_ stdout: String) throws -> [[String: Any]] {
        let object = try #require(try JSONSerialization.jsonObject(with: Data(stdout.utf8)) as? [String: Any])
        return try #require(object["comparisons"] as? [[String: Any]])
    }

    @Test("a runner twice as slow is measured in fresh processes, with rounds, pairs and spread recorded")
    func twiceAsSlow() throws {
        let args = ["bench", "run", "--runner", try manifest("relay-1", factor: "1.00"), "--runner", try manifest("relay-2", factor: "2.00"),
                    "--baseline", "relay-1", "--port", "relay-2", "--kernel", "dot", "--size", "S",
                    "--rounds", "6", "--max-rounds", "6", "--max-time", "30", "--format", "json"]
        let result = try runner.run(args)
        #expect(result.status == 0, "\(result.stderr)")
        let c = try #require(try comparisons(result.stdout).first)
        let rounds = try #require(c["rounds"] as? [[String: Any]])
        #expect(rounds.count == 6 && c["processes"] as? Int == 6)
        #expect(c["interval_method"] as? String == "rounds-median" && c["order_seed"] != nil)
        #expect(c["pairs"] as? Int == rounds.compactMap { $0["pairs"] as? Int }.reduce(0, +))
        #expect(c["round_spread"] is Double && c["stop_reason"] as? String == "max-rounds")
        let ratio = try #require(c["ratio"] as? Double)
        // Twice as slow, give or take what a machine busy with other tests does to six rounds.
        #expect(ratio > 1.5 && ratio < 5, "ratio \(ratio)")
        #expect(c["verdict"] as? String == "SLOWER")
    }

    @Test("--self-check --runner measures two processes of the runner against each other")
    func runnerSelfCheck() throws {
        let result = try runner.run(["bench", "run", "--self-check", "--runner", try manifest("relay", factor: "1.00"),
                                     "--kernel", "sgemm", "--size", "S", "--max-rounds", "6", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let c = try #require(try comparisons(result.stdout).first)
        #expect(c["baseline"] as? String == "relay" && c["port"] as? String == "relay")
        #expect(c["processes"] as? Int == (c["rounds"] as? [Any])?.count)
        // Which verdict two processes of one program get is a matter of chance on a machine the other tests
        // share (Scripts/bench-intervals.sh counts how often it is SAME); what holds every time is that the
        // verdict follows from the interval printed with it, and that the ratio is nowhere near a real loss.
        let verdict = try #require(c["verdict"] as? String), band = try #require(c["band"] as? Double)
        let ratio = try #require(c["ratio"] as? Double)
        let interval = c["ci95"] as? [String: Any]
        guard let low = interval?["low"] as? Double, let high = interval?["high"] as? Double else {
            // Too few rounds for an interval (a time limit on a slow machine): nothing can be decided.
            #expect(verdict == "INCONCLUSIVE", "\(c)")
            return
        }
        #expect(low <= ratio && ratio <= high, "\(c)")
        #expect((verdict == "SAME") == (low >= 1 - band && high <= 1 + band), "\(c)")
        #expect(verdict != "SLOWER" || low > 1, "\(c)")
        #expect(verdict != "FASTER" || high < 1, "\(c)")
        #expect(ratio > 0.67 && ratio < 1.5, "two processes of one program: \(c)")
    }

    @Test("a runner that dies in a later round fails the run with its exit status and saves nothing")
    func dyingRunner() throws {
        #expect(try runner.run(["demo", "--db", db]).status == 0)
        let before = try runner.run(["--db", db]).stdout
        let counter = session.directory.appendingPathComponent("starts").path
        let wrapper = session.directory.appendingPathComponent("dies-later.sh")
        try """
            #!/bin/sh
            n=$(cat '\(counter)' 2>/dev/null || echo 0); n=$((n + 1)); echo $n > '\(counter)'
            if [ $n -ge 4 ]; then echo "device lost" >&2; exit 3; fi
            exec '\(Self.script)' "$@"
            """.write(to: wrapper, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: wrapper.path)
        let result = try runner.run(["bench", "run", "--runner", try manifest("fragile", factor: "1.00", command: wrapper.path),
                                     "--port", "fragile", "--kernel", "copy", "--size", "S", "--save", "--db", db])
        #expect(result.status != 0)
        #expect(result.stderr.hasPrefix("Error: ") && result.stderr.contains("fragile") && result.stderr.contains("device lost"),
                "\(result.stderr)")
        #expect(try runner.run(["--db", db]).stdout == before)
    }

    @Test("round flags out of range fail with one clear line", arguments: [
        ["--rounds", "3"], ["--rounds", "8", "--max-rounds", "7"], ["--interval-target", "0"],
    ])
    func badRoundFlags(flags: [String]) throws {
        let result = try runner.run(["bench", "run", "--kernel", "copy", "--size", "S"] + flags)
        #expect(result.status != 0)
        #expect(result.stderr.hasPrefix("Error: "), "\(result.stderr)")
    }
}
