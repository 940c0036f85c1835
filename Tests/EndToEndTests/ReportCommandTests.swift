import Foundation
import Testing

@Suite("drawbridge report")
struct ReportCommandTests {
    let workspace: E2EWorkspace
    var directory: URL { workspace.directory }

    init() throws {
        workspace = try E2EWorkspace()
    }

    func run(_ arguments: [String]) throws -> BinaryRunner.Result {
        try workspace.run(arguments)
    }

    /// The examples checked into `Data/demo/`, and the arguments that make each.
    static let examples: [(file: String, arguments: [String])] = [
        ("report-portfolio.md", ["--portfolio"]),
        ("report-portfolio.html", ["--portfolio", "--format", "html"]),
        ("report-attempt-7.md", ["--attempt", "7"]),
        ("report-attempt-7.html", ["--attempt", "7", "--format", "html"]),
        ("report-attempt-9.md", ["--attempt", "9"]),
    ]

    static var demoDirectory: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Data/demo")
    }

    @Test("the example reports in Data/demo are what the demo workspace gives now (DRAWBRIDGE_UPDATE_REPORTS=1 rewrites them)")
    func checkedInExamples() throws {
        #expect(try run(["demo"]).status == 0)
        let update = ProcessInfo.processInfo.environment["DRAWBRIDGE_UPDATE_REPORTS"] == "1"
        for example in Self.examples {
            let result = try run(["report"] + example.arguments)
            #expect(result.status == 0, "\(example.file): \(result.stderr)")
            let url = Self.demoDirectory.appendingPathComponent(example.file)
            if update {
                try Data(result.stdout.utf8).write(to: url, options: .atomic)
                continue
            }
            let expected = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
            #expect(result.stdout == expected, "\(example.file) is stale: run DRAWBRIDGE_UPDATE_REPORTS=1 swift test --filter EndToEndTests")
            // The example must not depend on the machine that made it.
            #expect(!result.stdout.contains(Self.demoDirectory.deletingLastPathComponent().path))
        }
    }

    @Test("exactly one scope is required; unknown names and bad dates fail clearly")
    func scopeErrors() throws {
        #expect(try run(["demo"]).status == 0)
        let none = try run(["report"])
        #expect(none.status != 0)
        #expect(none.stderr.contains("--attempt ID, --codebase NAME, --team NAME or --portfolio"))
        let two = try run(["report", "--attempt", "7", "--portfolio"])
        #expect(two.status != 0)
        #expect(two.stderr.contains("only one of"))
        let attempt = try run(["report", "--attempt", "999"])
        #expect(attempt.status != 0)
        #expect(attempt.stderr.contains("attempt '999' not found"))
        let team = try run(["report", "--team", "nobody"])
        #expect(team.status != 0)
        #expect(team.stderr.contains("team 'nobody' not found"))
        let codebase = try run(["report", "--codebase", "nothing", "--format", "json"])
        #expect(codebase.status != 0)
        #expect(codebase.stderr.contains("codebase 'nothing' not found"))
        let date = try run(["report", "--portfolio", "--since", "2026-02-30"])
        #expect(date.status != 0)
        #expect(date.stderr.contains("expected a calendar date as YYYY-MM-DD"))
    }

    @Test("--output writes the file and nothing to stdout; the workspace is unchanged")
    func outputFile() throws {
        #expect(try run(["demo"]).status == 0)
        let before = try run(["list", "attempts", "--format", "json"]).stdout
        let path = directory.appendingPathComponent("team.html").path
        let result = try run(["report", "--team", "vision-research", "--format", "html", "--output", path])
        #expect(result.status == 0)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("team.html"))
        let html = try String(contentsOfFile: path, encoding: .utf8)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(!html.contains("<script"))
        let json = try run(["report", "--codebase", "lattice-cfd", "--format", "json", "--since", "2026-06-01"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(object["since"] as? String == "2026-06-01")
        #expect(object["kind"] as? String == "codebase")
        #expect(try run(["list", "attempts", "--format", "json"]).stdout == before)
        let missing = try run(["report", "--portfolio", "--output", directory.appendingPathComponent("no/such/dir/r.md").path])
        #expect(missing.status != 0)
        #expect(missing.stderr.contains("directory does not exist"))
    }
}
