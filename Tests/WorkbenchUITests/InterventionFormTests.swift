import TerminalCore
import Testing
import WorkbenchStore
@testable import WorkbenchUI

/// Logging, editing and deleting interventions through the forms, checked in the store.
@MainActor
@Suite("Intervention forms")
struct InterventionFormTests {
    @Test("log an intervention from an attempt through the add form")
    func logThroughForm() throws {
        let harness = try ScreenHarness()
        try harness.press("2")
        #expect(harness.app.currentScreen == .attempts)
        try harness.press("j enter")
        guard case .attemptDetail(let attempt) = harness.app.currentScreen else {
            Issue.record("Enter did not open an attempt")
            return
        }
        let before = try harness.workbench.interventions(InterventionFilter(attemptId: attempt)).count
        try harness.press("a")
        #expect(harness.screen.contains("Log an intervention"))
        #expect(harness.screen.contains("2026-11-21"), "the date defaults to today")
        // attempt → engineer: replace the default, then hours, kind (two steps right), summary.
        try harness.press("tab ctrl-u")
        harness.type("kim")
        try harness.press("tab tab")
        harness.type("2.5")
        try harness.press("tab right right tab right tab")
        harness.type("Fixed the CMake CUDA language check")
        try harness.press("enter")
        #expect(!harness.screen.contains("Log an intervention"), "the form closes after saving")
        let logged = try harness.workbench.interventions(InterventionFilter(attemptId: attempt))
        #expect(logged.count == before + 1)
        let row = try #require(logged.first { $0.summary == "Fixed the CMake CUDA language check" })
        #expect(row.engineer == "kim")
        #expect(row.hours == 2.5)
        #expect(row.kind == .buildFix)
        #expect(row.outcome == .resolved)
        #expect(row.date.description == "2026-11-21")
        #expect(harness.screen.contains("kim            2.5 build-fix      Fixed the CMake"), "the new row shows on the attempt")

        // The next add form remembers the engineer.
        try harness.press("a")
        #expect(harness.screen.contains("kim"))
    }

    @Test("the form refuses bad values before saving and says why")
    func validation() throws {
        let harness = try ScreenHarness()
        let before = try harness.workbench.interventions().count
        try harness.press("3 a")
        try harness.press("ctrl-u")
        harness.type("999")
        try harness.press("tab tab ctrl-u")
        harness.type("2027-01-01")
        try harness.press("tab")
        harness.type("-3")
        try harness.press("enter")
        #expect(harness.screen.contains("in the future"))
        #expect(harness.screen.contains("more than 0"))
        #expect(harness.screen.contains("required"), "the summary is required")
        #expect(try harness.workbench.interventions().count == before)
        // Saving moved the focus to the first field in error, the date (the engineer
        // defaults to the last one in the log). Fix the fields; the store then says the
        // attempt does not exist, next to its field.
        try harness.press("ctrl-u")
        harness.type("2026-11-20")
        try harness.press("tab ctrl-u")
        harness.type("1")
        try harness.press("tab tab tab")
        harness.type("looked at it")
        try harness.press("enter")
        #expect(harness.screen.contains("no such attempt"))
        #expect(try harness.workbench.interventions().count == before)
        // Esc on a changed form asks first; y discards.
        try harness.press("esc")
        #expect(harness.screen.contains("Discard changes?"))
        try harness.press("y")
        #expect(!harness.screen.contains("Log an intervention"))
    }

    @Test("edit an intervention from the log")
    func edit() throws {
        let harness = try ScreenHarness()
        try harness.press("3")
        let first = try #require(try harness.workbench.interventions().first)
        try harness.press("e")
        #expect(harness.screen.contains("Edit intervention \(first.id)"))
        // hours is the fourth field.
        try harness.press("tab tab tab ctrl-u")
        harness.type("7.5")
        try harness.press("enter")
        let stored = try harness.workbench.intervention(id: first.id)
        #expect(stored.hours == 7.5)
        #expect(stored.summary == first.summary)
        #expect(try harness.workbench.interventions().count == 41)
    }

    @Test("delete asks first, naming the row; n keeps it and y deletes it")
    func delete() throws {
        let harness = try ScreenHarness()
        try harness.press("3 j")
        let second = try harness.workbench.interventions()[1]
        try harness.press("d")
        #expect(harness.screen.contains("Delete intervention \(second.id)"))
        #expect(harness.screen.contains(second.engineer))
        try harness.press("n")
        #expect(try harness.workbench.interventions().count == 41)
        try harness.press("d y")
        #expect(try harness.workbench.interventions().count == 40)
        #expect(try harness.workbench.interventions().contains { $0.id == second.id } == false)
        #expect(harness.screen.contains("40 interventions"))
    }

    @Test("change an attempt's status with a note from its screen")
    func changeStatus() throws {
        let harness = try ScreenHarness()
        try harness.press(":")
        harness.type("attempt 5")
        try harness.press("enter c")
        #expect(harness.screen.contains("Change the status of attempt 5"))
        try harness.press("tab")
        harness.type("waiting on a CANN operator")
        try harness.press("enter")
        let detail = try harness.workbench.attemptDetail(id: 5)
        #expect(detail.attempt.status == .blocked)
        #expect(detail.events.last?.note == "waiting on a CANN operator")
        #expect(harness.screen.contains("active → blocked"))
        #expect(harness.screen.contains("waiting on a CANN operator"))
    }
}
