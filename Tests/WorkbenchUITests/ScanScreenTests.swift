import Foundation
import TerminalCore
import Testing
import WorkbenchJobs
import WorkbenchStore
@testable import WorkbenchUI

/// The scan, finding, benchmarks and catalog screens, and long work in the background.
@MainActor
@Suite("Scan, benchmark and catalog screens")
struct ScanScreenTests {
    /// Delivers ticks until the background job has landed (or `seconds` of wall time pass).
    private func waitForJob(_ harness: ScreenHarness, seconds: Double = 60) throws {
        let deadline = Date().addingTimeInterval(seconds)
        while harness.app.job != nil {
            try #require(Date() < deadline, "the background job did not finish in \(seconds) s")
            Thread.sleep(forTimeInterval: 0.02)
            harness.send(.tick)
        }
    }

    @Test("groups add up to the scan, b regroups, t retargets efforts from the stored mappings")
    func groupsAndTargets() throws {
        let harness = try ScreenHarness()
        let scan = try SampleScan.store(in: harness.workbench)
        try harness.press("4")
        let view = harness.app.scans
        #expect(view.current?.scan.id == scan.id)
        let families = try harness.workbench.findingGroups(scan: scan.id!, by: .family)
        #expect(families.reduce(0) { $0 + $1.count } == Int(scan.findingCount))
        #expect(view.groups.rows.count == families.count)
        try harness.press("b")
        #expect(harness.app.scans.grouping == .file)
        #expect(harness.screen.contains("By file"))
        try harness.press("b")
        #expect(harness.screen.contains("By effort"))
        // On SYCL a CUDA error code is an exception, not a rename: the effort column follows the target.
        let onSycl = try harness.workbench.findingGroups(scan: scan.id!, by: .effort, target: "sycl")
        try harness.press("t t")
        #expect(harness.app.scans.target == "sycl")
        #expect(harness.app.scans.groups.rows.map(\.id) == onSycl.map(\.key))
        #expect(onSycl.reduce(0) { $0 + $1.count } == Int(scan.findingCount))
        #expect(onSycl.map(\.key) != families.map(\.key))
    }

    @Test("Enter on a finding shows its source from the tree, its line marked; a vanished tree falls back to the stored line")
    func findingSource() throws {
        let harness = try ScreenHarness()
        try SampleScan.store(in: harness.workbench)
        try harness.press("4 tab j enter")
        guard case .finding(let id) = harness.app.currentScreen else {
            Issue.record("not on a finding: \(harness.app.currentScreen)")
            return
        }
        let finding = try harness.workbench.finding(id: id)
        let view = try #require(harness.app.finding)
        #expect(view.source.lines.count > 1)
        #expect(view.source.highlightedLine == Int(finding.line) - 1)
        #expect(view.source.lines[Int(finding.line) - 1].contains(finding.symbol))
        #expect(harness.screen.contains("\(finding.file):\(finding.line):\(finding.column)"))
        try harness.press("esc")
        #expect(harness.app.currentScreen == .scan)
        // The same finding from a scan whose tree is gone: the stored snippet, said so.
        #expect(FindingView.sourceLines(root: "/nonexistent/tree", file: finding.file) == nil)
        #expect(FindingView.sourceLines(root: ScreenHarness.repositoryRoot.path, file: "../etc/passwd") == nil)
        #expect(FindingView.sourceLines(root: "/", file: "/etc/passwd") == nil)
    }

    @Test(":scan PATH scans in the background with a progress line and lands in the store")
    func backgroundScan() throws {
        let harness = try ScreenHarness()
        let samples = ScreenHarness.repositoryRoot.appendingPathComponent("Data/samples").path
        try harness.press(":")
        harness.type("scan \(samples)")
        try harness.press("enter")
        #expect(harness.app.currentScreen == .scan)
        #expect(harness.app.job != nil)
        try waitForJob(harness)
        let scans = try harness.workbench.scans()
        #expect(scans.count == 1)
        #expect(scans.first?.scan.findingCount == 122)
        #expect(harness.app.scans.current?.scan.id == scans.first?.scan.id)
        #expect(harness.screen.contains("122 findings"))
    }

    @Test("the scan form refuses a missing path; a second job waits for the first")
    func scanFormChecks() throws {
        let harness = try ScreenHarness()
        try harness.press("4 s ctrl-u")
        harness.type("/no/such/dir")
        try harness.press("enter")
        #expect(harness.screen.contains("not found"))
        #expect(harness.app.job == nil)
        // The form was edited, so Esc asks before throwing the edit away.
        try harness.press("esc y")
        #expect(harness.app.overlay == nil)
        let job = BackgroundJob(.scan, title: "scan of x", startedAt: 0)
        harness.app.job = job
        try harness.press("s")
        #expect(harness.screen.contains("scan of x is still running"))
        job.finish(.failed("disk full"))
        harness.send(.tick)
        #expect(harness.app.job == nil)
        #expect(harness.screen.contains("scan of x failed: disk full"))
    }

    @Test("q with a job running asks; n keeps working, y quits")
    func quitConfirm() throws {
        let harness = try ScreenHarness()
        harness.app.job = BackgroundJob(.bench, title: "benchmark run", startedAt: 0)
        try harness.press("q")
        #expect(!harness.app.isFinished)
        #expect(harness.screen.contains("Stop the benchmark run and quit?"))
        try harness.press("n")
        #expect(!harness.app.isFinished)
        #expect(harness.app.job != nil)
        try harness.press("q y")
        #expect(harness.app.isFinished)
        #expect(harness.app.job?.cancellation.isCancelled == true)
    }

    @Test("benchmarks: the matrix has a column per compared port, i shows intervals, [ ] walk sessions")
    func benchmarks() throws {
        let harness = try ScreenHarness()
        try MeasuredFixture.seed(harness.workbench)
        harness.app.reload()
        try harness.press("5")
        let view = harness.app.benchmarks
        #expect(view.ports == ["ascend-c", "opencl"])
        #expect(view.matrix.rows.map(\.id) == ["layernorm L", "sgemm L", "softmax L", "stencil2d L", "triad L"])
        #expect(harness.screen.contains("+55.2% ▼"))
        try harness.press("i")
        #expect(harness.screen.contains("+55.2% [+48.0%,+62.0%] ▼"))
        try harness.press("[")
        #expect(harness.screen.contains("this is the oldest session"))
        try harness.press("r")
        #expect(harness.app.flash == "the kernel suite cannot be run from this workbench")
    }

    @Test("catalog: / searches as you type and the entry's mappings show with notes")
    func catalogSearch() throws {
        let harness = try ScreenHarness()
        try harness.press(":")
        harness.type("catalog cudaMemcpyAsync")
        try harness.press("enter")
        #expect(harness.app.currentScreen == .catalog)
        #expect(harness.app.catalog.selected?.symbol == "cudaMemcpyAsync")
        #expect(harness.screen.contains("ascend mechanical → aclrtMemcpyAsync"))
        #expect(harness.screen.contains("hip    direct     → hipMemcpyAsync"))
        try harness.press("/ ctrl-u")
        harness.type("zzzz-not-a-symbol")
        #expect(harness.screen.contains("nothing in the catalog matches"))
    }

    @Test("the bench form checks sizes and time, and builds the plan it shows")
    func benchForm() {
        #expect(JobForms.sizes(from: "s m") == ["S", "M"])
        #expect(JobForms.sizes(from: "XL") == nil)
        #expect(JobForms.sizes(from: "") == nil)
        let plan = JobForms.plan(from: ["sizes": "M L", "maxTime": "3.5"])
        #expect(plan.sizes == ["M", "L"])
        #expect(plan.settings.maxTime == 3.5)
        var form = JobForms.bench(attempt: nil)
        let valid = form.validateAll()
        #expect(valid)
        #expect(JobForms.attempt(in: ["attempt": " 12 "]) == 12)
    }
}

/// Grouping a large scan off the main thread.
@MainActor
@Suite("Scan screen on a large scan")
struct LargeScanTests {
    @Test("a scan over the threshold is grouped in the background while the screen stays live")
    func backgroundGrouping() throws {
        let harness = try ScreenHarness()
        let count = Int(ScanView.backgroundGroupingThreshold) + 1
        let scan = Scan(codebaseId: nil, attemptId: nil, root: "/src/large", gitRevision: nil, target: "ascend",
                        chipGeneration: "a2", catalogVersion: nil, startedAt: "2026-11-20T09:00:00Z", durationMs: 1,
                        filesScanned: 100, bytesScanned: 1, filesSkipped: 0, findingCount: 0)
        let families = ["runtime", "cublas", "kernel-syntax"]
        try harness.workbench.saveScan(scan, findings: (0..<count).map { index in
            Finding(scanId: 0, file: "f\(index % 100).cu", line: Int64(index / 100 + 1), column: 1, symbol: "cudaFree",
                    kind: "function", family: families[index % 3], language: "cuda", effort: .direct, replacement: "aclrtFree", note: nil)
        })
        try harness.press("4")
        #expect(harness.app.isGroupingScan)
        #expect(harness.screen.contains("grouping \(count) findings"))
        let deadline = Date().addingTimeInterval(30)
        while harness.app.isGroupingScan && Date() < deadline {
            Thread.sleep(forTimeInterval: 0.01)
            harness.send(.tick)
        }
        #expect(!harness.app.isGroupingScan)
        #expect(harness.app.scans.groups.rows.map(\.id) == ["cublas", "kernel-syntax", "runtime"])
        #expect(harness.screen.contains("Findings in cublas (first 500 of 6667)"))
    }
}

/// Untrusted text (file names, file contents, labels) never reaches the terminal raw.
@MainActor
@Suite("Terminal safety on the scan and benchmark screens")
struct HostileTextScreenTests {
    @Test("escape sequences, bidi controls and NULs in stored names and lines are drawn escaped")
    func hostileStrings() throws {
        let harness = try ScreenHarness()
        let evil = "evil\u{1b}]0;pwned\u{07}\u{1b}[2J\u{202e}txt.cu"
        let scan = Scan(codebaseId: nil, attemptId: nil, root: "/src/\u{1b}[31mred", gitRevision: nil, target: "ascend",
                        chipGeneration: "a2", catalogVersion: nil, startedAt: "2026-11-20T09:00:00Z", durationMs: 1,
                        filesScanned: 1, bytesScanned: 1, filesSkipped: 0, findingCount: 0)
        try harness.workbench.saveScan(scan, findings: [
            Finding(scanId: 0, file: evil, line: 1, column: 1, symbol: "cuda\u{0}Malloc", kind: "function", family: "runtime\u{1b}[0m",
                    language: "cuda", effort: .direct, replacement: "acl\u{202e}rtMalloc", note: "note \u{1b}[5mblink",
                    snippet: "x = cudaMalloc(\u{1b}[8m);"),
        ])
        let session = BenchSession(attemptId: nil, label: "lab\u{1b}[1mel", source: "run", startedAt: "2026-11-19T22:00:00Z",
                                   finishedAt: nil, host: "h\u{202e}ost", baselinePort: "c", triadGbps: nil, fmaGflops: nil)
        try harness.workbench.saveBenchSession(session, results: [
            BenchResult(sessionId: 0, kernel: "tri\u{1b}ad", size: "S", port: "open\u{0}cl", samples: 3, medianNs: 1,
                        baselinePort: "c", ratio: 1.1, ciLow: 1.0, ciHigh: 1.2, lossPercent: 10, verdict: .slower),
        ])
        for keys in ["4", "4 tab", "4 tab enter", "5"] {
            try harness.press("esc esc 1")
            try harness.press(keys)
            let screen = harness.screen
            for bad in ["\u{1b}", "\u{202e}", "\u{0}", "\u{07}"] {
                #expect(!screen.contains(bad), "after '\(keys)' the screen holds a raw \(bad.unicodeScalars.first!.value)")
            }
        }
        try harness.press("esc esc 4 tab enter")
        #expect(harness.screen.contains("\\e"), "the escape should be shown as \\e")
    }
}

/// `R` and `:report` write reports and say where.
@MainActor
@Suite("Reports from the workbench")
struct WorkbenchReportTests {
    @Test("R writes the selected attempt's, codebase's or the portfolio's HTML report into the report directory")
    func writeReports() throws {
        let harness = try ScreenHarness()
        let directory = harness.directory
        // On the attempt screen: that attempt.
        try harness.press(":")
        harness.type("attempt 5")
        try harness.press("enter R")
        let attempt = directory.appendingPathComponent("drawbridge-report-attempt-5.html")
        #expect(FileManager.default.fileExists(atPath: attempt.path))
        #expect(harness.screen.contains("attempt report written to"))
        let html = try String(contentsOf: attempt, encoding: .utf8)
        #expect(html.contains("<svg") || html.contains("<table"))
        // On the portfolio: the team row selected means the whole portfolio.
        try harness.press("1 g R")
        #expect(FileManager.default.fileExists(atPath: directory.appendingPathComponent("drawbridge-report-portfolio.html").path))
        // A codebase row: that codebase.
        try harness.press("j R")
        let written = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasPrefix("drawbridge-report-codebase-") }
        #expect(written.count == 1, "\(written)")
        // :report names any scope; a bad one says how to ask.
        try harness.press(":")
        harness.type("report team speech-platform")
        try harness.press("enter")
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).contains { $0.hasPrefix("drawbridge-report-team-") })
        try harness.press(":")
        harness.type("report galaxy")
        try harness.press("enter")
        #expect(harness.app.flash?.contains("report what?") == true)
        try harness.press(":")
        harness.type("report codebase no-such-codebase")
        try harness.press("enter")
        #expect(harness.screen.contains("no-such-codebase"))
    }
}
