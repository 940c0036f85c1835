import TerminalCore
import Testing
import WorkbenchStore
@testable import WorkbenchUI

/// Moving between screens with keys, the command line and the mouse.
@MainActor
@Suite("Navigation")
struct NavigationTests {
    @Test("an empty workspace welcomes; d loads the demo and opens the portfolio")
    func welcome() throws {
        let harness = try ScreenHarness(demo: false)
        #expect(harness.app.currentScreen == .welcome)
        #expect(harness.screen.contains("load the demo"))
        try harness.press("d")
        #expect(harness.app.currentScreen == .portfolio)
        #expect(try harness.workbench.attempts().count == 9)
        #expect(harness.screen.contains("demo loaded"))
    }

    @Test("t on the welcome screen adds a team through the form")
    func addTeam() throws {
        let harness = try ScreenHarness(demo: false)
        try harness.press("t")
        harness.type("compiler-team")
        try harness.press("tab")
        harness.type("Platform")
        try harness.press("enter")
        #expect(try harness.workbench.teams().map(\.name) == ["compiler-team"])
        #expect(harness.app.currentScreen == .portfolio)
        #expect(harness.screen.contains("compiler-team"))
        // A second team of the same name is refused next to the name field.
        try harness.press("t")
        harness.type("Compiler-Team")
        try harness.press("enter")
        #expect(harness.screen.contains("already exists"))
        #expect(try harness.workbench.teams().count == 1)
    }

    @Test("number keys switch screens; Enter drills in; Esc and q go back; q at the root quits")
    func keys() throws {
        let harness = try ScreenHarness()
        #expect(harness.app.currentScreen == .portfolio)
        try harness.press("2")
        #expect(harness.app.currentScreen == .attempts)
        try harness.press("enter")
        #expect(harness.app.currentScreen == .attemptDetail(4))
        try harness.press("esc")
        #expect(harness.app.currentScreen == .attempts)
        try harness.press("3")
        #expect(harness.app.currentScreen == .interventions)
        try harness.press("enter")
        #expect(harness.app.currentScreen == .attemptDetail(5))
        try harness.press("q")
        #expect(harness.app.currentScreen == .interventions)
        #expect(!harness.app.isFinished)
        try harness.press("q")
        #expect(harness.app.isFinished)
    }

    @Test("the portfolio tree opens an attempt; Tab moves to the blocked list")
    func portfolio() throws {
        let harness = try ScreenHarness()
        try harness.press("j j enter")
        #expect(harness.app.currentScreen == .attemptDetail(4))
        try harness.press("esc tab enter")
        #expect(harness.app.currentScreen == .attemptDetail(2), "the blocked attempt opens from its list")
    }

    @Test("the command line opens attempts and screens and explains mistakes")
    func commandLine() throws {
        let harness = try ScreenHarness()
        try harness.press(":")
        harness.type("attempt 7")
        try harness.press("enter")
        #expect(harness.app.currentScreen == .attemptDetail(7))
        try harness.press(":")
        harness.type("interventions")
        try harness.press("enter")
        #expect(harness.app.currentScreen == .interventions)
        try harness.press(":")
        harness.type("attempt 99")
        try harness.press("enter")
        #expect(harness.screen.contains("no attempt 99"))
        try harness.press(":")
        harness.type("frobnicate")
        try harness.press("enter")
        #expect(harness.screen.contains("unknown command :frobnicate"))
        try harness.press(":")
        harness.type("q")
        try harness.press("enter")
        #expect(harness.app.isFinished)
    }

    @Test("commands parse", arguments: [
        ("q", AppCommand.quit), ("attempt 12", .attempt(12)), ("a #3", .attempt(3)), ("attempts", .screen(.attempts)),
        ("interventions", .screen(.interventions)), ("log", .screen(.interventions)), ("portfolio", .screen(.portfolio)),
        ("2", .screen(.attempts)), ("help", .help),
    ])
    func parse(line: String, command: AppCommand) throws {
        #expect(try AppCommand.parse(line) == command)
    }

    @Test("bad commands are typed errors")
    func badCommands() {
        #expect(throws: AppCommand.ParseError.badAttempt("x")) { try AppCommand.parse("attempt x") }
        #expect(throws: AppCommand.ParseError.unknown("zz")) { try AppCommand.parse("zz") }
        #expect(throws: AppCommand.ParseError.empty) { try AppCommand.parse("  ") }
    }

    @Test("/ filters the attempts table as you type; Esc clears it")
    func filterAttempts() throws {
        let harness = try ScreenHarness()
        try harness.press("2 /")
        harness.type("hip")
        #expect(harness.screen.contains("2 attempts of 9"))
        try harness.press("enter")
        #expect(harness.screen.contains("2 attempts of 9"), "Enter keeps the filter")
        try harness.press("esc")
        #expect(harness.screen.contains("9 attempts"))
        #expect(harness.app.currentScreen == .attempts, "the first Esc clears the filter, not the screen")
    }

    @Test("the intervention filter narrows by engineer, kind and date")
    func filterInterventions() throws {
        let harness = try ScreenHarness()
        try harness.press("3 /")
        harness.type("engineer:perf kind:perf since:2026-09")
        try harness.press("enter")
        let expected = try harness.workbench.interventions().filter {
            $0.engineer.hasPrefix("perf") && $0.kind == .perfTuning && $0.date.description >= "2026-09"
        }
        #expect(!expected.isEmpty)
        #expect(harness.screen.contains("\(expected.count) intervention"))
    }

    @Test("query words", arguments: [
        ("engineer:Ana kind:perf", "ana", "perf", nil, nil, ""),
        ("on:2026-11 stencil halo", nil, nil, "2026-11", "2026-11", "stencil halo"),
        ("see: http://x", nil, nil, nil, nil, "see: http://x"),
    ])
    func query(line: String, engineer: String?, kind: String?, since: String?, until: String?, text: String) {
        let query = InterventionQuery(parsing: line)
        #expect(query.engineer == engineer)
        #expect(query.kind == kind)
        #expect(query.since == since)
        #expect(query.until == until)
        #expect(query.text == text)
    }

    @Test("mouse: tabs switch screens, a click selects and a second click opens")
    func mouse() throws {
        let harness = try ScreenHarness()
        harness.send(.mouse(MouseEvent(.press(.left), at: Point(x: 14, y: 0))))
        #expect(harness.app.currentScreen == .attempts)
        // Rows start under the count line and the header: y = 3 is the first row.
        harness.send(.mouse(MouseEvent(.press(.left), at: Point(x: 10, y: 4))))
        harness.send(.mouse(MouseEvent(.press(.left), at: Point(x: 10, y: 4))))
        #expect(harness.app.currentScreen == .attemptDetail(5))
        harness.send(.mouse(MouseEvent(.wheelDown, at: Point(x: 60, y: 8))))
        #expect(harness.app.currentScreen == .attemptDetail(5))
    }

    @Test("? shows help generated from the keymap and closes with Esc")
    func help() throws {
        let harness = try ScreenHarness()
        try harness.press("3 ?")
        #expect(harness.screen.contains("This screen (interventions)"))
        #expect(harness.screen.contains("Delete the selected intervention (asks first)"))
        try harness.press("esc")
        #expect(!harness.screen.contains("This screen (interventions)"))
    }

    @Test("a change by another process shows up at the next poll")
    func externalChange() throws {
        let harness = try ScreenHarness()
        try harness.press("3")
        #expect(harness.screen.contains("41 interventions"))
        let other = try Workbench.open(WorkspaceLocation(explicit: harness.workbench.path), clock: .fixed(ScreenHarness.now))
        try other.logIntervention(InterventionDraft(attemptId: 3, engineer: "remote", hours: 1, kind: .other, summary: "logged elsewhere"))
        harness.seconds.value = 0.5
        try harness.press("tick")
        #expect(harness.screen.contains("41 interventions"), "no poll before the interval")
        harness.seconds.value = 1.5
        try harness.press("tick")
        #expect(harness.screen.contains("42 interventions"))
        #expect(harness.screen.contains("logged elsewhere"))
    }

    @Test("the log, read again when shown, includes what was logged on an attempt opened from it")
    func staleLog() throws {
        let harness = try ScreenHarness()
        try harness.press("3 enter a")
        try harness.press("tab tab tab")
        harness.type("1")
        try harness.press("tab tab tab")
        harness.type("logged on the attempt")
        try harness.press("enter esc")
        #expect(harness.app.currentScreen == .interventions)
        #expect(harness.screen.contains("42 interventions"))
        #expect(harness.screen.contains("logged on the attempt"))
    }

    @Test("store errors become toasts, never crashes")
    func storeErrorToast() throws {
        let harness = try ScreenHarness()
        try harness.press("3")
        let first = try #require(try harness.workbench.interventions().first)
        let other = try Workbench.open(WorkspaceLocation(explicit: harness.workbench.path), clock: .fixed(ScreenHarness.now))
        try other.deleteIntervention(id: first.id)
        try harness.press("e")
        #expect(harness.screen.contains("not found"), "\(harness.screen)")
    }

    @Test("the keymap has no conflicts, numbers exactly the six screens and names every footer key")
    func keymap() {
        let keymap = AppKeymap.keymap
        #expect(keymap.conflicts().isEmpty)
        for top in TopScreen.allCases {
            #expect(keymap.action(for: .char(Character(String(top.rawValue)))) == .screen(top.rawValue))
        }
        #expect(keymap.action(for: .char("7")) == nil)
        #expect(TopScreen.allCases.map(\.title) == ["portfolio", "attempts", "interventions", "scan", "benchmarks", "catalog"])
        #expect(AppKeymap.markdownTable().contains("| `a` | interventions | Log an intervention |"))
    }
}
