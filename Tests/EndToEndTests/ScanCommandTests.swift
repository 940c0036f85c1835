import Foundation
import Testing

@Suite("drawbridge scan and catalog")
final class ScanCommandTests {
    let session: E2EWorkspace
    var runner: BinaryRunner { session.runner }
    var directory: URL { session.directory }
    var db: String { session.db }
    static let samples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Data/samples")

    init() throws { session = try E2EWorkspace() }

    @Test("scan --format json follows the drawbridge.scan/1 schema")
    func json() throws {
        let result = try runner.run(["scan", Self.samples.path, "--format", "json", "--target", "hip"])
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(object["schema"] as? String == "drawbridge.scan/1")
        #expect(object["target"] as? String == "hip")
        let findings = try #require(object["findings"] as? [[String: Any]])
        #expect(!findings.isEmpty)
        let first = try #require(findings.first)
        for key in ["file", "line", "column", "symbol", "family", "mappings"] { #expect(first[key] != nil, "\(key)") }
        let mappings = try #require(first["mappings"] as? [String: Any])
        #expect(mappings["hip"] != nil && mappings["ascend"] != nil)
    }

    @Test("a streamed report is the same on standard output and in --output, ends with one line break, and leaves no temporary file",
          arguments: ["csv", "json", "table"])
    func streamed(format: String) throws {
        let out = try runner.run(["scan", Self.samples.path, "--format", format])
        #expect(out.status == 0, "\(out.stderr)")
        let file = directory.appendingPathComponent("report.\(format)")
        let written = try runner.run(["scan", Self.samples.path, "--format", format, "--output", file.path])
        #expect(written.status == 0, "\(written.stderr)")
        let bytes = try Data(contentsOf: file)
        // The JSON carries the scan's duration, which differs from run to run.
        let timeless = { (text: String) in text.split(separator: "\n").filter { !$0.contains("duration_seconds") } }
        #expect(timeless(String(decoding: bytes, as: UTF8.self)) == timeless(out.stdout))
        // CSV rows end in CRLF; no format gets an extra empty line at the end.
        #expect(bytes.suffix(2) != Data("\n\n".utf8))
        if format == "csv" { #expect(bytes.suffix(2) == Data("\r\n".utf8)) }
        let left = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasPrefix(".") }
        #expect(left.isEmpty, "\(left)")
        let missing = try runner.run(["scan", Self.samples.path, "--format", format, "--output", "/nonexistent/dir/r.csv"])
        #expect(missing.status != 0)
        #expect(missing.stderr.contains("directory does not exist"))
    }

    @Test("a report to a full disk on standard output fails with the system's reason", arguments: ["csv", "table", "sarif"])
    func fullDisk(format: String) throws {
        guard FileManager.default.fileExists(atPath: "/dev/full") else { return }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "exec \"$0\" scan \"$1\" --format \"$2\" > /dev/full", runner.executable.path, Self.samples.path,
                             format]
        process.environment = runner.environment
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        let stderr = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus != 0)
        #expect(stderr.contains("cannot write 'standard output': No space left on device"), "\(stderr)")
    }

    @Test("--save stores the scan against an attempt; list, show and diff read it back")
    func saveListShowDiff() throws {
        #expect(try runner.run(["demo", "--db", db]).status == 0)
        let copy = directory.appendingPathComponent("tree")
        try FileManager.default.copyItem(at: Self.samples, to: copy)
        let first = try runner.run(["scan", copy.path, "--save", "--attempt", "7", "--db", db, "--format", "csv"])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stderr.contains("saved scan 2"), "the demo stores scan 1")
        // A CSV report prints no source lines, but a stored scan keeps them (scan diff matches findings by them).
        let exported = directory.appendingPathComponent("export.json")
        #expect(try runner.run(["export", "--db", db, exported.path]).status == 0)
        let document = try String(contentsOf: exported, encoding: .utf8)
        #expect(document.contains("\"snippet\"") && !document.contains("\"snippet\" : \"\"") && !document.contains("\"snippet\":\"\""))
        let reduce = copy.appendingPathComponent("vecops/kernels/reduce.cu")
        let source = try String(contentsOf: reduce, encoding: .utf8)
        try source.replacingOccurrences(of: "cudaMemset", with: "memsetOnHost").write(to: reduce, atomically: true, encoding: .utf8)
        #expect(try runner.run(["scan", copy.path, "--save", "--attempt", "7", "--db", db]).status == 0)
        let listed = try runner.run(["list", "scans", "--db", db, "--format", "json"])
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(listed.stdout.utf8)) as? [[String: Any]])
        #expect(rows.count == 3)
        #expect(rows.allSatisfy { $0["attempt"] as? Int == 7 && $0["codebase"] as? String == "detector-train" })
        let diff = try runner.run(["scan", "diff", "2", "3", "--db", db, "--format", "json"])
        let changes = try #require(try JSONSerialization.jsonObject(with: Data(diff.stdout.utf8)) as? [[String: Any]])
        #expect(changes.count == 1)
        #expect(changes.first?["change"] as? String == "removed")
        #expect(changes.first?["symbol"] as? String == "cudaMemset")
        let shown = try runner.run(["show", "scan", "2", "--db", db, "--effort", "blocker"])
        #expect(shown.status == 0)
        #expect(shown.stdout.contains("threadIdx"))
    }

    @Test("--fail-on exits 3 when a finding reaches the effort, 0 otherwise")
    func failOn() throws {
        let blocked = try runner.run(["scan", Self.samples.path, "--fail-on", "blocker", "--output", directory.appendingPathComponent("r.md").path, "--format", "markdown"])
        #expect(blocked.status == 3)
        #expect(blocked.stderr.contains("at or above blocker"))
        #expect(FileManager.default.fileExists(atPath: directory.appendingPathComponent("r.md").path))
        let clean = directory.appendingPathComponent("clean")
        try FileManager.default.createDirectory(at: clean, withIntermediateDirectories: true)
        try "int main() { return 0; }\n// cudaMalloc in a comment\n".write(
            to: clean.appendingPathComponent("main.cpp"), atomically: true, encoding: .utf8)
        let passing = try runner.run(["scan", clean.path, "--fail-on", "direct"])
        #expect(passing.status == 0, "\(passing.stdout)")
    }

    @Test("bad scan input fails with one clear line and stores nothing", arguments: [
        ["scan", "/nonexistent-tree"],
        ["scan", ".", "--target", "cuda"],
        ["scan", ".", "--catalog", "/nonexistent-catalog"],
        ["scan", ".", "--codebase", "x"],
        ["scan", ".", "--save", "--attempt", "99"],
        ["scan", "diff", "1", "9"],
        ["show", "scan", "5"],
        ["catalog", "show", "definitelyNotCuda"],
    ])
    func badInput(arguments: [String]) throws {
        #expect(try runner.run(["demo", "--db", db]).status == 0)
        let before = try runner.run(["list", "scans", "--db", db, "--format", "json"]).stdout
        let result = try runner.run(arguments + ["--db", db], in: Self.samples)
        #expect(result.status != 0)
        #expect(result.stderr.hasPrefix("Error: "), "\(result.stderr)")
        let after = try runner.run(["list", "scans", "--db", db, "--format", "json"]).stdout
        #expect(after == before)
    }

    @Test("catalog show, search and stats answer from the shipped catalog")
    func catalog() throws {
        let shown = try runner.run(["catalog", "show", "cudaMemcpy", "--format", "json"])
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(shown.stdout.utf8)) as? [[String: Any]])
        let ascend = try #require(rows.first { $0["target"] as? String == "ascend" })
        #expect(ascend["replacement"] as? String == "aclrtMemcpy")
        #expect((ascend["note"] as? String)?.contains("destMax") == true)
        let search = try runner.run(["catalog", "search", "aclrtMallocHost"])
        #expect(search.stdout.contains("cudaHostAlloc"))
        let stats = try runner.run(["catalog", "stats", "--format", "csv"])
        #expect(stats.stdout.contains("runtime,"))
        #expect(stats.stdout.contains("total,"))
    }

    @Test("catalog verify lists the names no reference tree declares, exits 1 for them and 0 when all are declared")
    func catalogVerify() throws {
        let tree = directory.appendingPathComponent("reference/acl")
        try FileManager.default.createDirectory(at: tree, withIntermediateDirectories: true)
        try Data("aclError aclrtMalloc(void **p, size_t n, int policy);\n// aclrtFree(void *p) is commented out\n".utf8)
            .write(to: tree.appendingPathComponent("acl_rt.h"))
        let catalog = directory.appendingPathComponent("user-catalog")
        try FileManager.default.createDirectory(at: catalog, withIntermediateDirectories: true)
        try Data("myCudaAlloc | function | runtime | ascend = aclrtMalloc [mechanical]\nmyCudaFree | function | runtime | ascend = aclrtFree [direct]\n".utf8)
            .write(to: catalog.appendingPathComponent("zz-user.catalog"))
        let reference = directory.appendingPathComponent("reference").path
        let result = try runner.run(["catalog", "verify", "--headers", reference, "--catalog", catalog.path, "--format", "csv"])
        #expect(result.status == 1, "\(result.stderr)")
        let lines = result.stdout.split(whereSeparator: \.isNewline).map(String.init)
        #expect(lines.first == "name,looked_up,declared,field,symbol,origin")
        #expect(lines.contains { $0.hasPrefix("aclrtFree,aclrtFree,no,replacement,myCudaFree,") })
        #expect(!lines.contains { $0.hasPrefix("aclrtMalloc,") })
        let table = try runner.run(["catalog", "verify", "--headers", reference, "--catalog", catalog.path])
        #expect(table.stderr.contains("not declared"), "\(table.stderr)")

        let missing = try runner.run(["catalog", "verify", "--headers", directory.appendingPathComponent("nope").path])
        #expect(missing.status == 64 && missing.stderr.contains("no such directory"), "\(missing.stderr)")
        let none = try runner.run(["catalog", "verify"])
        #expect(none.status == 64 && none.stderr.contains("--headers"), "\(none.stderr)")
    }

    @Test("catalog stats counts answers per target; a scan says how many findings have no answer")
    func answersInStatsAndScans() throws {
        let stats = try runner.run(["catalog", "stats", "--format", "csv", "--target", "ascend"])
        #expect(stats.status == 0, "\(stats.stderr)")
        #expect(stats.stdout.hasPrefix("family,entries,ascend_answered,ascend_replaced,ascend_answered_pct,ascend_replaced_pct"))
        let scan = try runner.run(["scan", Self.samples.path, "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(scan.stdout.utf8)) as? [String: Any])
        let summary = try #require(object["summary"] as? [String: Any])
        #expect(summary["without_answer"] is Int && summary["without_answer_by_family"] is [String: Int])
        let table = try runner.run(["scan", Self.samples.path])
        #expect(table.stdout.contains("with no ascend answer)"))
    }
}
