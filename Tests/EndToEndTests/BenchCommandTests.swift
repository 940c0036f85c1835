import Foundation
import Testing

@Suite("drawbridge bench")
final class BenchCommandTests {
    let session: E2EWorkspace
    var runner: BinaryRunner { session.runner }
    var directory: URL { session.directory }
    var db: String { session.db }
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let fixtures = root.appendingPathComponent("Tests/KernelBenchTests/Fixtures")

    init() throws { session = try E2EWorkspace() }

    func sessions() throws -> String {
        try runner.run(["bench", "compare", "--baseline", "c", "--db", db, "--format", "json"]).stdout
    }

    @Test("bench list names every port and says why one is unavailable")
    func list() throws {
        let result = try runner.run(["bench", "list", "--format", "json"])
        #expect(result.status == 0)
        let listing = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let ports = try #require(listing["ports"] as? [[String: Any]])
        #expect(ports.map { $0["name"] as? String } == ["c", "opencl", "cuda"])
        for port in ports where port["available"] as? Bool == false {
            #expect(!((port["detail"] as? String) ?? "").isEmpty, "an unavailable port says why")
        }
        #expect((listing["kernels"] as? [Any])?.count == 10)
    }

    @Test("bench run --save stores results with a verdict; json follows drawbridge.bench/1")
    func runAndSave() throws {
        #expect(try runner.run(["demo", "--db", db]).status == 0)
        let result = try runner.run(["bench", "run", "--kernel", "triad", "--size", "S", "--port", "c", "--self-check",
                                     "--max-time", "1", "--format", "json", "--save", "--attempt", "5", "--db", db])
        #expect(result.status == 0, "\(result.stderr)")
        let session = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(session["schema"] as? String == "drawbridge.bench/1")
        let comparisons = try #require(session["comparisons"] as? [[String: Any]])
        #expect(comparisons.count == 1)
        #expect(["SAME", "INCONCLUSIVE", "SLOWER", "FASTER"].contains(comparisons[0]["verdict"] as? String ?? ""))
        #expect(result.stderr.contains("saved bench session 2"), "the demo stores session 1")
        let overview = try runner.run(["--db", db])
        #expect(overview.stdout.contains("2 benchmark sessions"))
    }

    @Test("every key bench run writes is documented in the README's drawbridge.bench/1 section")
    func sessionJSONIsDocumented() throws {
        let run = try runner.run(["bench", "run", "--kernel", "triad", "--size", "S", "--port", "c", "--self-check",
                                  "--max-time", "1", "--format", "json"])
        #expect(run.status == 0, "\(run.stderr)")
        var keys: Set<String> = []
        func collect(_ value: Any) {
            if let object = value as? [String: Any] {
                for (key, inner) in object { keys.insert(key); collect(inner) }
            } else if let array = value as? [Any] {
                array.forEach(collect)
            }
        }
        collect(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)))
        let readme = try String(contentsOf: Self.root.appendingPathComponent("README.md"), encoding: .utf8)
        let start = try #require(readme.range(of: "### The session JSON (`drawbridge.bench/1`)"))
        let rest = readme[start.upperBound...]
        let section = rest[..<(rest.range(of: "\n### ")?.lowerBound ?? rest.endIndex)]
        #expect(keys.count > 60, "the run wrote a whole session")
        for key in keys.sorted() {
            #expect(section.contains("`\(key)`"), "README does not document the key '\(key)'")
        }
    }

    @Test("bench compare keeps a session's interval from rounds and pools samples only across sessions")
    func compareKeepsRounds() throws {
        #expect(try runner.run(["demo", "--db", db]).status == 0)
        let run = try runner.run(["bench", "run", "--kernel", "triad", "--size", "S", "--port", "c", "--self-check",
                                  "--max-time", "1", "--format", "json", "--save", "--db", db])
        #expect(run.status == 0, "\(run.stderr)")
        let session = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let measured = try #require((session["comparisons"] as? [[String: Any]])?.first)
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(sessions().utf8)) as? [[String: Any]])
        let aa = try #require(rows.first { $0["port"] as? String == "c (A/A)" })
        #expect(aa["interval"] as? String == "rounds")
        #expect(aa["rounds"] as? Int == (measured["rounds"] as? [Any])?.count)
        #expect(aa["spread_percent"] is Double)
        let ratio = try #require(measured["ratio"] as? Double)
        #expect(abs((aa["ratio"] as? Double ?? 0) - ratio) < 0.001, "the stored ratio, not one recomputed from pooled samples")
        let demo = try #require(rows.first { $0["port"] as? String == "opencl" && $0["kernel"] as? String == "sgemm" })
        #expect(demo["interval"] as? String == "pooled", "the demo session predates rounds")
        #expect(demo["rounds"] is NSNull)
    }

    @Test("imports of real Google Benchmark, hyperfine and nvbench files are stored and compared")
    func importAndCompare() throws {
        #expect(try runner.run(["demo", "--db", db]).status == 0)
        for (file, port) in [("google-benchmark.json", "gbench-port"), ("hyperfine.json", "hyperfine-port"), ("nvbench.json", "cuda-a100")] {
            let result = try runner.run(["bench", "import", Self.fixtures.appendingPathComponent(file).path,
                                         "--port", port, "--attempt", "5", "--db", db])
            #expect(result.status == 0, "\(file): \(result.stderr)")
            #expect(result.stderr.contains("imported"))
        }
        let compared = try runner.run(["bench", "compare", "--baseline", "gbench-port", "--db", db, "--format", "csv"])
        #expect(compared.status == 0, "\(compared.stderr)")
    }

    @Test("a truncated, empty or foreign file is refused and stores nothing", arguments: [
        "{\"context\": {\"date\": \"2026\"}, \"benchmarks\": [",
        "",
        "{\"hello\": \"world\"}",
        String(repeating: "[", count: 100_000),
        "{\"results\": [{\"command\": \"x\", \"times\": [1e999999]}]}",
    ])
    func badImports(text: String) throws {
        #expect(try runner.run(["demo", "--db", db]).status == 0)
        let before = try runner.run(["--db", db]).stdout
        let file = directory.appendingPathComponent("bad.json")
        try Data(text.utf8).write(to: file)
        let result = try runner.run(["bench", "import", file.path, "--port", "x", "--db", db])
        #expect(result.status != 0)
        #expect(result.stderr.hasPrefix("Error: "), "\(result.stderr)")
        #expect(try runner.run(["--db", db]).stdout == before)
    }

    @Test("bad bench input fails with one clear line", arguments: [
        ["bench", "run", "--kernel", "fft"],
        ["bench", "run", "--baseline", "nosuchport", "--kernel", "triad", "--size", "S"],
        ["bench", "run", "--max-time", "-1"],
        ["bench", "run", "--attempt", "3"],
        ["bench", "run", "--runner", "/nonexistent.manifest"],
        ["bench", "import", "/nonexistent.json", "--port", "p"],
        ["bench", "compare", "--baseline", "c", "--session", "42"],
    ])
    func badInput(arguments: [String]) throws {
        let result = try runner.run(arguments + ["--db", db])
        #expect(result.status != 0)
        #expect(result.stderr.hasPrefix("Error: "), "\(result.stderr)")
    }

    @Test("runner check passes for drawbridge serving its own C port")
    func runnerCheck() throws {
        var environment = runner.environment
        environment["PATH"] = runner.executable.deletingLastPathComponent().path + ":" + (environment["PATH"] ?? "")
        let served = BinaryRunner(executable: runner.executable, environment: environment)
        let manifest = Self.root.appendingPathComponent("Data/runners/c-loopback.manifest").path
        let result = try served.run(["bench", "runner", "check", manifest])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
    }
}
