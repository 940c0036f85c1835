import TerminalCore
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
        if !scenario.keys.isEmpty { try harness.press(scenario.keys) }
        if !scenario.typed.isEmpty { harness.type(scenario.typed) }
        if !scenario.after.isEmpty { try harness.press(scenario.after) }
        try GoldenScreen.check(harness.screen, named: "\(scenario.name)-\(size.width)x\(size.height)")
    }

    @Test("a terminal below the minimum says how big it must be")
    func tooSmall() throws {
        let harness = try ScreenHarness(size: Size(width: 40, height: 10))
        try harness.press("resize:40x10")
        #expect(harness.screen.contains("terminal too small (needs 60×16)"))
        try GoldenScreen.check(harness.screen, named: "too-small-40x10")
    }
}
