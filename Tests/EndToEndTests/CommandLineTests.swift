import Foundation
import Testing

@Suite("drawbridge command line")
final class CommandLineTests {
    let session: E2EWorkspace
    var runner: BinaryRunner { session.runner }
    var directory: URL { session.directory }
    var db: String { session.db }

    init() throws { session = try E2EWorkspace() }

    /// Runs with `--db` pointing at this test's workspace.
    func run(_ arguments: [String]) throws -> BinaryRunner.Result {
        try runner.run(arguments + ["--db", db])
    }

    /// Every row of every table, as JSON listings: "the database" for before/after checks.
    func snapshot() throws -> [String] {
        try ["teams", "codebases", "attempts", "interventions"].map { try run(["list", $0, "--format", "json"]).stdout }
    }

    @Test("demo loads once; list --format json parses and has the documented keys")
    func demoAndJSON() throws {
        let first = try run(["demo"])
        #expect(first.status == 0)
        #expect(first.stdout.contains("9 attempts"))
        let second = try run(["demo"])
        #expect(second.stdout.contains("nothing added"))
        let listed = try run(["list", "attempts", "--format", "json"])
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(listed.stdout.utf8)) as? [[String: Any]])
        #expect(rows.count == 9)
        #expect(Set(rows[0].keys) == ["id", "team", "codebase", "target", "strategy", "status", "days_open",
                                      "interventions", "hours", "title", "source_stack", "target_stack",
                                      "created_at", "updated_at"])
        let overview = try run([])
        #expect(overview.status == 0)
        #expect(overview.stdout.contains("4 teams · 5 codebases · 9 attempts"))
        #expect(overview.stdout.contains("1 scan · 1 benchmark session"))
    }

    @Test("catalog convert-hipify writes catalog files from HIPIFY tables, and refuses a missing output folder")
    func convertHipify() throws {
        let tables = directory.appendingPathComponent("tables"), out = directory.appendingPathComponent("converted")
        try FileManager.default.createDirectory(at: tables, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        try Data("""
            ## **1. Device Management**
            |**CUDA**|**A**|**D**|**C**|**R**|**HIP**|**A**|**D**|**C**|**R**|**E**|
            |:--|:-:|:-:|:-:|:-:|:--|:-:|:-:|:-:|:-:|:-:|
            |`cudaSetDevice`| | | | |`hipSetDevice`|1.6.0| | | | |
            |`GLuint`| | | | |`GLuint`|5.1.0| | | | |

            """.utf8).write(to: tables.appendingPathComponent("CUDA_Runtime_API_functions_supported_by_HIP.md"))
        let result = try runner.run(["catalog", "convert-hipify", tables.path, "--output", out.path])
        #expect(result.status == 0)
        #expect(result.stdout.contains("wrote 1 catalog files: hip-runtime.catalog"))
        let written = try String(contentsOf: out.appendingPathComponent("hip-runtime.catalog"), encoding: .utf8)
        #expect(written.contains("cudaSetDevice | function | runtime | hip = hipSetDevice [direct]\n"))
        #expect(!written.contains("GLuint |"))
        let shown = try runner.run(["catalog", "show", "cudaSetDevice", "--catalog", out.path])
        #expect(shown.status == 0 && shown.stdout.contains("hipSetDevice"))
        let missing = try runner.run(["catalog", "convert-hipify", tables.path, "--output", directory.appendingPathComponent("nope").path])
        #expect(missing.status != 0 && missing.stderr.contains("not a directory"))
        let empty = try runner.run(["catalog", "convert-hipify", out.path, "--output", out.path])
        #expect(empty.status != 0 && empty.stderr.contains("no HIPIFY tables"))
    }

    @Test("what is added is listed back exactly, through JSON and CSV")
    func roundTrip() throws {
        let names = ["O'Brien \"team\"; DROP TABLE team; --", "数据平台 🚀", "a,b\"c"]
        for name in names {
            #expect(try run(["team", "add", name, "--org", name]).status == 0)
        }
        let json = try run(["list", "teams", "--format", "json"]).stdout
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
        #expect(Set(rows.compactMap { $0["name"] as? String }) == Set(names))
        #expect(Set(rows.compactMap { $0["org"] as? String }) == Set(names))
        let csv = try run(["list", "teams", "--format", "csv"]).stdout
        #expect(csv.contains("\"a,b\"\"c\""))
        #expect(try run(["codebase", "add", "svc", "--team", names[1], "--language", "C++"]).status == 0)
        let added = try run(["attempt", "add", "--codebase", "svc", "--target", "hip", "--title", "first"])
        #expect(added.status == 0)
        let id = added.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(Int(id) == 1)
        let logged = try run(["log", "--attempt", id, "--engineer", "embedded-eng-1", "--hours", "2.5",
                              "--kind", "build-fix", "--summary", "fixed CMake; \"quoted\"", "--outcome", "resolved",
                              "--date", "2026-11-20"])
        #expect(logged.status == 0, "\(logged.stderr)")
        let items = try run(["list", "interventions", "--format", "json"]).stdout
        let parsed = try #require(try JSONSerialization.jsonObject(with: Data(items.utf8)) as? [[String: Any]])
        #expect(parsed.count == 1)
        #expect(parsed[0]["hours"] as? Double == 2.5)
        #expect(parsed[0]["summary"] as? String == "fixed CMake; \"quoted\"")
        #expect(parsed[0]["date"] as? String == "2026-11-20")
        #expect(parsed[0]["outcome"] as? String == "resolved")
        let status = try run(["attempt", "status", id, "active", "--note", "kick-off"])
        #expect(status.stdout.contains("planned → active"))
        let shown = try run(["show", "attempt", id, "--format", "json"])
        let detail = try #require(try JSONSerialization.jsonObject(with: Data(shown.stdout.utf8)) as? [String: Any])
        #expect((detail["events"] as? [Any])?.count == 2)
        #expect((detail["interventions"] as? [Any])?.count == 1)
        let text = try run(["show", "attempt", id]).stdout
        #expect(text.contains("2.5 h over 1 intervention"))
    }

    @Test("bad input gets a one-line error, a non-zero exit, and leaves the database as it was", arguments: [
        ["codebase", "add", "x", "--team", "nobody"],
        ["attempt", "add", "--codebase", "nowhere", "--target", "hip"],
        ["attempt", "add", "--codebase", "asr-trainer", "--target", "ascend"],
        ["attempt", "add", "--codebase", "asr-trainer", "--target", "cuda"],
        ["attempt", "status", "99", "active"],
        ["attempt", "status", "1", "finished"],
        ["attempt", "status", "1", "done"],
        ["log", "--attempt", "99", "--engineer", "e", "--hours", "1", "--kind", "other", "--summary", "s"],
        ["log", "--attempt", "1", "--engineer", "e", "--hours", "-3", "--kind", "other", "--summary", "s"],
        ["log", "--attempt", "1", "--engineer", "e", "--hours", "abc", "--kind", "other", "--summary", "s"],
        ["log", "--attempt", "1", "--engineer", "e", "--hours", "0", "--kind", "other", "--summary", "s"],
        ["log", "--attempt", "1", "--engineer", "e", "--hours", "nan", "--kind", "other", "--summary", "s"],
        ["log", "--attempt", "1", "--engineer", "e", "--hours", "1", "--kind", "meeting", "--summary", "s"],
        ["log", "--attempt", "1", "--engineer", "e", "--hours", "1", "--kind", "other", "--summary", "s", "--date", "2026-02-30"],
        ["log", "--attempt", "1", "--engineer", "e", "--hours", "1", "--kind", "other", "--summary", "s", "--date", "tomorrow"],
        ["log", "--attempt", "1", "--engineer", "", "--hours", "1", "--kind", "other", "--summary", "s"],
        ["log", "--attempt", "1", "--engineer", "e\u{1B}[2J", "--hours", "1", "--kind", "other", "--summary", "s"],
        ["team", "add", ""],
        ["team", "add", "speech-platform"],
        ["team", "add", "SPEECH-PLATFORM"],
        ["team", "add", "evil\u{7}bell"],
        ["list", "attempts", "--team", "nobody"],
        ["list", "teams", "--engineer", "x"],
        ["list", "widgets"],
        ["show", "attempt", "99"],
        ["--no-such-flag"],
    ])
    func badInput(arguments: [String]) throws {
        #expect(try run(["demo"]).status == 0)
        let before = try snapshot()
        let result = try run(arguments)
        #expect(result.status != 0)
        let lines = result.stderr.split(separator: "\n").filter { !$0.isEmpty }
        #expect(!lines.isEmpty)
        #expect(lines.first?.hasPrefix("Error: ") == true, "stderr: \(result.stderr)")
        #expect(!result.stderr.contains("\u{1B}"), "escape sequences must not be echoed")
        #expect(!result.stderr.contains("\u{7}"))
        #expect(try snapshot() == before)
    }

    @Test("a --db path in a missing or unwritable directory, or a non-SQLite file, is refused")
    func badDatabasePaths() throws {
        let missing = try runner.run(["list", "teams", "--db", directory.appendingPathComponent("nope/w.sqlite").path])
        #expect(missing.status != 0)
        #expect(missing.stderr.contains("directory does not exist"))
        let unwritable = try runner.run(["list", "teams", "--db", "/proc/drawbridge-test.sqlite"])
        #expect(unwritable.status != 0)
        #expect(unwritable.stderr.hasPrefix("Error: "))
        let notes = directory.appendingPathComponent("notes.txt")
        let text = Data("meeting notes, not a database\n".utf8)
        try text.write(to: notes)
        let notDatabase = try runner.run(["list", "teams", "--db", notes.path])
        #expect(notDatabase.status != 0)
        #expect(notDatabase.stderr.contains("not a SQLite database"))
        #expect(try Data(contentsOf: notes) == text)
        let asDirectory = try runner.run(["list", "teams", "--db", directory.path])
        #expect(asDirectory.status != 0)
    }

    @Test("the demo is found from any working directory, and the default location is created")
    func anyWorkingDirectory() throws {
        let home = directory.appendingPathComponent("home")
        let runner = try BinaryRunner(environment: ["HOME": home.path, "XDG_DATA_HOME": ""])
        let result = try runner.run(["--demo"], in: URL(fileURLWithPath: "/"))
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("9 attempts"))
        let expected = home.appendingPathComponent(".local/share/drawbridge/workbench.sqlite").path
        #expect(FileManager.default.fileExists(atPath: expected))
    }

    @Test("--help for every command explains it")
    func help() throws {
        for command in [[], ["team", "add"], ["codebase", "add"], ["attempt", "add"], ["attempt", "status"],
                        ["log"], ["list"], ["show", "attempt"], ["demo"], ["backup"], ["check"], ["export"], ["import"], ["report"]] {
            let result = try runner.run(command + ["--help"])
            #expect(result.status == 0)
            #expect(result.stdout.contains("USAGE:"))
            #expect(result.stdout.contains("--db"))
        }
    }
}
