import Foundation
import Testing
@testable import WorkbenchStore

@Suite("Editing and deleting interventions", .onEveryBackend)
struct InterventionEditTests {
    func logged(_ workspace: TestWorkspace, attempt: Int64) throws -> Intervention {
        try workspace.workbench.logIntervention(InterventionDraft(
            attemptId: attempt, engineer: "ana", hours: 2, kind: .kernelPort, summary: "ported the stencil",
            date: try DayDate(parsing: "2026-11-20"), outcome: .partial))
    }

    @Test("an update replaces the fields and keeps the id and creation time")
    func update() throws {
        let workspace = try TestWorkspace()
        let attempt = try workspace.seed()
        let original = try logged(workspace, attempt: attempt)
        let updated = try workspace.workbench.updateIntervention(id: original.id!, with: InterventionDraft(
            attemptId: attempt, engineer: "bo", hours: 3.5, kind: .buildFix, summary: "fixed CMake",
            date: try DayDate(parsing: "2026-11-19"), outcome: .resolved))
        #expect(updated.id == original.id)
        #expect(updated.createdAt == original.createdAt)
        let stored = try workspace.workbench.intervention(id: original.id!)
        #expect(stored.engineer == "bo")
        #expect(stored.hours == 3.5)
        #expect(stored.kind == .buildFix)
        #expect(stored.outcome == .resolved)
        #expect(stored.date.description == "2026-11-19")
        #expect(try workspace.workbench.interventions().count == 1)
    }

    @Test("an update is checked like a new entry and changes nothing when refused")
    func updateValidation() throws {
        let workspace = try TestWorkspace()
        let attempt = try workspace.seed()
        let original = try logged(workspace, attempt: attempt)
        let id = original.id!
        #expect(throws: StoreError.invalidValue(field: "hours", value: "0", reason: "must be a number greater than 0")) {
            try workspace.workbench.updateIntervention(id: id, with: InterventionDraft(
                attemptId: attempt, engineer: "ana", hours: 0, kind: .kernelPort, summary: "x"))
        }
        #expect(throws: StoreError.invalidValue(field: "date", value: "2026-11-22", reason: "is in the future (today is 2026-11-21)")) {
            try workspace.workbench.updateIntervention(id: id, with: InterventionDraft(
                attemptId: attempt, engineer: "ana", hours: 1, kind: .kernelPort, summary: "x", date: try DayDate(parsing: "2026-11-22")))
        }
        #expect(throws: StoreError.notFound(entity: "attempt", key: "99")) {
            try workspace.workbench.updateIntervention(id: id, with: InterventionDraft(
                attemptId: 99, engineer: "ana", hours: 1, kind: .kernelPort, summary: "x"))
        }
        #expect(throws: StoreError.notFound(entity: "intervention", key: "42")) {
            try workspace.workbench.updateIntervention(id: 42, with: InterventionDraft(
                attemptId: attempt, engineer: "ana", hours: 1, kind: .kernelPort, summary: "x"))
        }
        #expect(try workspace.workbench.intervention(id: id) == original)
    }

    @Test("delete removes the row and returns it; a second delete is not found")
    func delete() throws {
        let workspace = try TestWorkspace()
        let attempt = try workspace.seed()
        let original = try logged(workspace, attempt: attempt)
        let deleted = try workspace.workbench.deleteIntervention(id: original.id!)
        #expect(deleted == original)
        #expect(try workspace.workbench.interventions().isEmpty)
        #expect(throws: StoreError.notFound(entity: "intervention", key: String(original.id!))) {
            try workspace.workbench.deleteIntervention(id: original.id!)
        }
    }

    @Test("bulk logging stores every draft, or none when one is invalid")
    func bulk() throws {
        let workspace = try TestWorkspace()
        let attempt = try workspace.seed()
        let drafts = (1...500).map { n in
            InterventionDraft(attemptId: attempt, engineer: "eng-\(n % 7)", hours: Double(n % 8 + 1), kind: .perfTuning, summary: "step \(n)")
        }
        #expect(try workspace.workbench.logInterventions(drafts) == 500)
        #expect(try workspace.workbench.interventions().count == 500)
        var bad = drafts
        bad.append(InterventionDraft(attemptId: 77, engineer: "x", hours: 1, kind: .other, summary: "y"))
        #expect(throws: StoreError.notFound(entity: "attempt", key: "77")) { try workspace.workbench.logInterventions(bad) }
        #expect(try workspace.workbench.interventions().count == 500)
    }
}
