import TerminalCore
import WorkbenchJobs
import Testing
@testable import WorkbenchUI

/// Every screen at 120×40 and 80×24, compared with the text files in `Screens/`.
@MainActor
@Suite("Screen goldens")
struct ScreenGoldenTests {
    /// One golden: how to get there from a fresh workbench.
    struct Scenario: Sendable, CustomStringConvertible {
        var name: String
        var demo = true
        var measured = false
        var scanned = false
        var keys: String = ""
        var typed: String = ""
        var after: String = ""
        var description: String { name }
    }

    nonisolated static let scenarios: [Scenario] = [
        Scenario(name: "welcome", demo: false),
        Scenario(name: "team-form", demo: false, keys: "t"),
        Scenario(name: "portfolio"),
        Scenario(name: "portfolio-measured", measured: true),
        Scenario(name: "attempts", keys: "2"),
        Scenario(name: "attempts-measured", measured: true, keys: "2 s"),
        Scenario(name: "attempt-detail", keys: ":", typed: "attempt 5", after: "enter"),
        Scenario(name: "attempt-detail-measured", measured: true, keys: ":", typed: "attempt 5", after: "enter"),
        Scenario(name: "status-form", keys: ":", typed: "attempt 5", after: "enter c"),
        Scenario(name: "intervention-form", keys: ":", typed: "attempt 5", after: "enter a"),
        Scenario(name: "interventions", keys: "3"),
        Scenario(name: "interventions-filtered", keys: "3 /", typed: "kind:build", after: "enter"),
        Scenario(name: "delete-confirm", keys: "3 j d"),
        Scenario(name: "help", keys: "?"),
        Scenario(name: "command-line", keys: ":", typed: "attempt 5"),
        Scenario(name: "scan", scanned: true, keys: "4"),
        Scenario(name: "scan-findings", scanned: true, keys: "4 tab j j"),
        Scenario(name: "scan-by-effort-hip", scanned: true, keys: "4 b b t t"),
        Scenario(name: "finding", scanned: true, keys: "4 tab j enter"),
        Scenario(name: "scan-form", scanned: true, keys: "4 s"),
        Scenario(name: "scan-empty", keys: "4"),
        Scenario(name: "benchmarks", measured: true, keys: "5"),
        Scenario(name: "benchmarks-intervals", measured: true, keys: "5 j j i"),
        Scenario(name: "bench-form", measured: true, keys: "5 r"),
        Scenario(name: "catalog", keys: "6"),
        Scenario(name: "catalog-search", keys: "6 /", typed: "cudaMemcpyAsync", after: "enter"),
    ]

    nonisolated static let sizes = [Size(width: 120, height: 40), Size(width: 80, height: 24)]

    @Test("screen matches its golden", arguments: scenarios, sizes)
    func golden(_ scenario: Scenario, size: Size) throws {
        let harness = try ScreenHarness(size: size, demo: scenario.demo)
        if scenario.measured {
            try MeasuredFixture.seed(harness.workbench)
            harness.app.reload()
            harness.flush()
        }
        if scenario.scanned {
            try SampleScan.store(in: harness.workbench)
            harness.app.reload()
            harness.flush()
        }
        if !scenario.keys.isEmpty { try harness.press(scenario.keys) }
        if !scenario.typed.isEmpty { harness.type(scenario.typed) }
        if !scenario.after.isEmpty { try harness.press(scenario.after) }
        try GoldenScreen.check(harness.screen, named: "\(scenario.name)-\(size.width)x\(size.height)")
    }

    @Test("a running job shows its progress above the footer, and q asks before quitting", arguments: sizes)
    func jobProgress(size: Size) throws {
        let harness = try ScreenHarness(size: size)
        try harness.press("4")
        let job = BackgroundJob(.scan, title: "scan of samples", startedAt: harness.seconds.value)
        job.report(JobProgress(fraction: 0.4, message: "120/300 files"))
        harness.app.job = job
        harness.seconds.value += 3
        harness.send(.tick)
        try GoldenScreen.check(harness.screen, named: "job-progress-\(size.width)x\(size.height)")
        try harness.press("q")
        #expect(!harness.app.isFinished)
        try GoldenScreen.check(harness.screen, named: "quit-confirm-\(size.width)x\(size.height)")
    }

    @Test("a terminal below the minimum says how big it must be")
    func tooSmall() throws {
        let harness = try ScreenHarness(size: Size(width: 40, height: 10))
        try harness.press("resize:40x10")
        #expect(harness.screen.contains("terminal too small (needs 60×16)"))
        try GoldenScreen.check(harness.screen, named: "too-small-40x10")
    }
}
