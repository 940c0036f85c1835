import Foundation
import Testing
@testable import CUDAScan
#if canImport(Glibc)
import Glibc
#endif

@Suite("Scanner over trees")
struct ScannerTests {
    @Test func samplesMatchTheExpectedFindingsExactly() throws {
        let report = try Scanner(catalog: TestSupport.catalog).scan(root: TestSupport.samplesDirectory)
        let expectedText = try String(contentsOf: TestSupport.samplesDirectory.appendingPathComponent("expected-findings.tsv"),
                                      encoding: .utf8)
        let expected = expectedText.split(separator: "\n").filter { !$0.hasPrefix("#") }.map(String.init)
        let actual = report.findings.map {
            [$0.file, String($0.line), String($0.column), $0.symbol, $0.family, $0.mappings[.ascend]?.effort.rawValue ?? "-"]
                .joined(separator: "\t")
        }
        #expect(actual.count == expected.count)
        for (index, line) in expected.enumerated() where index < actual.count && actual[index] != line {
            Issue.record("row \(index + 1): expected \(line), got \(actual[index])")
            break
        }
        for line in Set(expected).subtracting(actual).sorted() { Issue.record("missing: \(line)") }
        for line in Set(actual).subtracting(expected).sorted() { Issue.record("unexpected: \(line)") }
        #expect(report.skipped.isEmpty)
        #expect(report.filesScanned == 13)
    }

    @Test func chipGenerationChangesAscendEffort() {
        let code = "__global__ void k() { float v = __shfl_xor_sync(0xffffffff, 1.0f, 1); int t = threadIdx.x; }"
        let a2 = TestSupport.scan(code, path: "k.cu", generation: .a2)
        let g950 = TestSupport.scan(code, path: "k.cu", generation: .gen950)
        #expect(a2.first { $0.symbol == "__shfl_xor_sync" }?.mappings[.ascend]?.effort == .blocker)
        #expect(g950.first { $0.symbol == "__shfl_xor_sync" }?.mappings[.ascend]?.effort == .mechanical, "950 declares asc_shfl_xor")
        #expect(a2.first { $0.symbol == "threadIdx" }?.mappings[.ascend]?.effort == .blocker)
        #expect(g950.first { $0.symbol == "threadIdx" }?.mappings[.ascend]?.effort == .mechanical)
    }

    @Test func hostileTreeIsScannedWithEverySkipExplained() throws {
        let root = try TestSupport.temporaryDirectory()
        defer { chmod(root.appendingPathComponent("locked").path, 0o755); try? FileManager.default.removeItem(at: root) }
        try TestSupport.write("cudaMalloc(&p, 4);\n", to: "ok.cu", in: root)
        // A binary file with a CUDA name.
        try Data([0x7f, 0x45, 0x4c, 0x46, 0x00, 0x01] + Array("cudaMalloc".utf8)).write(to: root.appendingPathComponent("blob.cu"))
        // Invalid UTF-8 around a real call.
        try Data([0xff, 0xfe, 0x0a] + Array("cudaFree(p);".utf8) + [0xc3, 0x0a]).write(to: root.appendingPathComponent("latin.cu"))
        // Names with a newline and a terminal escape sequence.
        try TestSupport.write("cudaSetDevice(0);\n", to: "evil\nname.cu", in: root)
        try TestSupport.write("cudaGetDevice(&d);\n", to: "\u{1B}[31mred.cu", in: root)
        // A symlink loop, a dangling link, a FIFO, an oversized file.
        symlink("loop_b.cu", root.appendingPathComponent("loop_a.cu").path)
        symlink("loop_a.cu", root.appendingPathComponent("loop_b.cu").path)
        symlink("missing.cu", root.appendingPathComponent("dangling.cu").path)
        symlink(".", root.appendingPathComponent("self").path)
        mkfifo(root.appendingPathComponent("pipe.cu").path, 0o644)
        try Data(repeating: 0x61, count: 4096).write(to: root.appendingPathComponent("huge.cu"))
        // A notebook cut short, and JSON that is not a notebook.
        try TestSupport.write("{\"cells\": [{\"cell_type\": \"code\", \"source\": [\"torch.cuda.", to: "cut.ipynb", in: root)
        try TestSupport.write("[1, 2, 3]\n", to: "list.ipynb", in: root)
        // An unreadable directory (root may still read it; then it must simply be scanned).
        try TestSupport.write("cudaDeviceReset();\n", to: "locked/inner.cu", in: root)
        chmod(root.appendingPathComponent("locked").path, 0o000)
        let canReadLocked = opendir(root.appendingPathComponent("locked").path).map { closedir($0); return true } ?? false

        let options = ScanOptions(maxFileSize: 1024, useGit: false)
        let report = try Scanner(catalog: TestSupport.catalog, options: options).scan(root: root)
        let reasons = Dictionary(report.skipped.map { ($0.path, $0.reason) }, uniquingKeysWith: { a, _ in a })
        #expect(reasons["blob.cu"] == "binary")
        #expect(reasons["loop_a.cu"] == "symlink loop")
        #expect(reasons["loop_b.cu"] == "symlink loop")
        #expect(reasons["dangling.cu"] == "broken symlink")
        #expect(reasons["self"] == "symlink to a directory (not followed)")
        #expect(reasons["pipe.cu"] == "not a regular file (fifo)")
        #expect(reasons["huge.cu"]?.hasPrefix("too large") == true)
        #expect(reasons["cut.ipynb"] == "not a notebook: the JSON is malformed or cut short")
        #expect(reasons["list.ipynb"] == "not a notebook: no \"cells\" array")
        var symbols = ["cudaMalloc", "cudaFree", "cudaSetDevice", "cudaGetDevice"]
        if canReadLocked {
            symbols.append("cudaDeviceReset")
        } else {
            #expect(reasons["locked"]?.hasPrefix("unreadable directory") == true)
        }
        #expect(Set(report.findings.map(\.symbol)) == Set(symbols))
        #expect(report.findings.first { $0.symbol == "cudaFree" }?.line == 2)
        // File names reach reports only sanitised.
        let table = ReportWriter.table(report)
        #expect(!table.contains("\u{1B}"))
        #expect(table.contains("evil\\nname.cu"))
        #expect(table.contains("\\e[31mred.cu"))
    }

    @Test func gitignoreIsHonouredThroughGitAndWithoutIt() throws {
        let root = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        // Without git installed, a bare `.git` directory still marks the work tree for the built-in rules.
        let git = TestSupport.git
        if let git { try TestSupport.run(git, ["init", "-q"], in: root) } else {
            try FileManager.default.createDirectory(at: root.appendingPathComponent(".git"), withIntermediateDirectories: true)
        }
        try TestSupport.write("build/\n*.gen.cu\n!keep.gen.cu\n/top_only.cu\n", to: ".gitignore", in: root)
        try TestSupport.write("cudaMalloc(&p, 1);\n", to: "src/a.cu", in: root)
        try TestSupport.write("cudaFree(p);\n", to: "build/b.cu", in: root)
        try TestSupport.write("cudaFree(p);\n", to: "src/x.gen.cu", in: root)
        try TestSupport.write("cudaSetDevice(0);\n", to: "src/keep.gen.cu", in: root)
        try TestSupport.write("cudaFree(p);\n", to: "top_only.cu", in: root)
        try TestSupport.write("cudaGetDevice(&d);\n", to: "src/top_only.cu", in: root)
        try TestSupport.write("vendor/\n", to: "src/.gitignore", in: root)
        try TestSupport.write("cudaFree(p);\n", to: "src/vendor/v.cu", in: root)
        let expected = ["src/a.cu", "src/keep.gen.cu", "src/top_only.cu"]
        for useGit in git == nil ? [false] : [true, false] {
            let report = try Scanner(catalog: TestSupport.catalog, options: ScanOptions(useGit: useGit)).scan(root: root)
            #expect(report.findings.map(\.file) == expected, "useGit: \(useGit)")
        }
        let all = try Scanner(catalog: TestSupport.catalog, options: ScanOptions(includeIgnored: true)).scan(root: root)
        #expect(all.findings.count == 7)
        let excluded = try Scanner(catalog: TestSupport.catalog, options: ScanOptions(excludes: ["src/*.gen.cu", "top_only.cu"]))
            .scan(root: root)
        #expect(excluded.findings.map(\.file) == ["src/a.cu"])
    }

    @Test func progressReachesTheTotalAndWorkersAgree() throws {
        let root = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        for index in 0..<40 { try TestSupport.write("cudaMalloc(&p, \(index));\n", to: "d\(index % 4)/f\(index).cu", in: root) }
        let last = LockedBox(ScanProgress(filesDone: 0, filesTotal: 0, bytesDone: 0, bytesTotal: 0))
        let calls = LockedBox(0)
        let report = try Scanner(catalog: TestSupport.catalog, options: ScanOptions(workers: 4)).scan(root: root) { progress in
            calls.update { $0 += 1 }
            last.update { current in if progress.filesDone > current.filesDone { current = progress } }
        }
        #expect(calls.value == 40)
        #expect(last.value.filesDone == 40 && last.value.filesTotal == 40)
        #expect(last.value.bytesDone == report.bytesScanned)
        let single = try Scanner(catalog: TestSupport.catalog, options: ScanOptions(workers: 1)).scan(root: root)
        #expect(single.findings == report.findings)
        #expect(report.findings.count == 40)
    }

    @Test("without snippets a scan finds the same ties with empty source lines, and CSV, table and Markdown are unchanged")
    func snippetsCanBeLeftOut() throws {
        let with = try Scanner(catalog: TestSupport.catalog).scan(root: TestSupport.samplesDirectory)
        let without = try Scanner(catalog: TestSupport.catalog, options: ScanOptions(snippets: false))
            .scan(root: TestSupport.samplesDirectory)
        try #require(with.findings.count > 100)
        #expect(with.findings.allSatisfy { !$0.snippet.isEmpty })
        #expect(without.findings.allSatisfy { $0.snippet.isEmpty })
        #expect(without.findings.map { "\($0.file):\($0.line):\($0.column):\($0.symbol):\($0.key)" }
                == with.findings.map { "\($0.file):\($0.line):\($0.column):\($0.symbol):\($0.key)" })
        for format in ReportFormat.allCases where !format.usesSnippets {
            var timed = without
            timed.duration = with.duration
            #expect(ReportWriter.render(timed, as: format) == ReportWriter.render(with, as: format), "\(format)")
        }
        let text = "x = torch.cuda.is_available()\nprint(f\"{torch.cuda.device_count()}\")\n"
        let inMemory = Scanner(catalog: TestSupport.catalog, options: ScanOptions(snippets: false)).scan(text: text, path: "t.py")
        #expect(!inMemory.isEmpty && inMemory.allSatisfy { $0.snippet.isEmpty })
    }

    @Test func projectOwnNamesAndPackagesAreNotThirdPartyTies() throws {
        let root = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        try TestSupport.write("#define CUBLAS_LOWP CUDA_R_16BF\nvoid cudaCheck(cudaError_t e, const char* f, int l);\n", to: "common.cuh", in: root)
        try TestSupport.write("#include \"common.cuh\"\nvoid f() { cudaCheck(cudaMalloc(&p, 4), 0, 0); g(CUBLAS_LOWP); cudaNotMine(); }\n",
                              to: "train.cu", in: root)
        try TestSupport.write("import mamba_ssm.ops\nimport flash_attn\n", to: "mamba_ssm/models/m.py", in: root)
        try TestSupport.write("[project]\nname = \"mamba_ssm\"\ndependencies = [\n  \"mamba_ssm\",\n  \"causal-conv1d>=1.2\",\n]\n",
                              to: "pyproject.toml", in: root)
        let report = try Scanner(catalog: TestSupport.catalog, options: ScanOptions(useGit: false)).scan(root: root)
        #expect(report.findings.map { "\($0.file):\($0.symbol)" }.sorted() == [
                    "common.cuh:CUDA_R_16BF", "common.cuh:cudaError_t", "mamba_ssm/models/m.py:flash_attn",
                    "pyproject.toml:causal-conv1d", "train.cu:cudaMalloc", "train.cu:cudaNotMine"])
    }

    /// Files are lexed while the tree is still being listed, so a file that imports or requires the project's own
    /// package may be scanned before the package's directory is found: the check still applies.
    @Test func ownPackageFoundAfterItsImporterIsStillTheProjects() throws {
        let root = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        try TestSupport.write("import zoo_pkg.core\nimport cupy\n", to: "app.py", in: root)
        try TestSupport.write("zoo-pkg\ncupy-cuda12x\n", to: "requirements.txt", in: root)
        for index in 0..<30 { try TestSupport.write("x = \(index)\n", to: "mid\(index)/m.py", in: root) }
        try TestSupport.write("import torch\n", to: "zoo_pkg/core.py", in: root)
        for workers in [1, 2] {
            let report = try Scanner(catalog: TestSupport.catalog, options: ScanOptions(workers: workers, useGit: false)).scan(root: root)
            #expect(report.findings.map { "\($0.file):\($0.symbol)" } == ["app.py:cupy", "requirements.txt:cupy-cuda12x"])
        }
    }

    /// With the catalog loading while the tree is listed, a bad catalog is still the error reported, even for a
    /// root that does not exist, and a good one scans what the listing finds.
    @Test func catalogLoadedDuringTheListingReportsItsErrorFirst() throws {
        struct BadCatalog: Error {}
        let missing = URL(fileURLWithPath: "/nonexistent-\(UInt64.random(in: 0...UInt64.max))")
        #expect(throws: BadCatalog.self) { try Scanner.scan(root: missing, options: ScanOptions(), catalog: { throw BadCatalog() }) }
        #expect(throws: ScanError.rootNotFound(path: missing.path)) {
            try Scanner.scan(root: missing, options: ScanOptions(), catalog: { TestSupport.catalog })
        }
        #expect(throws: BadCatalog.self) {
            try Scanner.scan(root: TestSupport.samplesDirectory, options: ScanOptions(), catalog: { throw BadCatalog() })
        }
        let streamed = try Scanner.scan(root: TestSupport.samplesDirectory, options: ScanOptions(), catalog: { TestSupport.catalog })
        let direct = try Scanner(catalog: TestSupport.catalog).scan(root: TestSupport.samplesDirectory)
        #expect(streamed.findings == direct.findings && streamed.skipped == direct.skipped && !streamed.findings.isEmpty)
    }

    @Test func oneVeryLongLineIsLexedWhenTheLimitAllowsIt() throws {
        let root = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let line = String(repeating: "cudaFree(p); /* x */ \"s\"; ", count: 40_000)  // ~1 MB, no newline
        try TestSupport.write(line, to: "long.cu", in: root)
        let small = try Scanner(catalog: TestSupport.catalog, options: ScanOptions(maxFileSize: 1 << 16)).scan(root: root)
        #expect(small.findings.isEmpty && small.skipped.map(\.path) == ["long.cu"])
        let large = try Scanner(catalog: TestSupport.catalog, options: ScanOptions(maxFileSize: 4 << 20)).scan(root: root)
        #expect(large.findings.count == 40_000)
        #expect(large.findings.allSatisfy { $0.line == 1 })
        #expect(large.findings.last?.column == 39_999 * 26 + 1)
    }

    @Test func singleFileRootAndMissingRoot() throws {
        let root = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        try TestSupport.write("import torch\ntorch.cuda.synchronize()\n", to: "t.py", in: root)
        let report = try Scanner(catalog: TestSupport.catalog).scan(root: root.appendingPathComponent("t.py"))
        #expect(report.findings.map(\.file) == ["t.py"])
        #expect(throws: ScanError.self) { try Scanner(catalog: TestSupport.catalog).scan(root: root.appendingPathComponent("nope")) }
    }
}

/// A value shared with `@Sendable` progress callbacks in tests.
final class LockedBox<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: Value
    init(_ value: Value) { stored = value }
    var value: Value { lock.withLock { stored } }
    func update(_ body: (inout Value) -> Void) { lock.withLock { body(&stored) } }
}
