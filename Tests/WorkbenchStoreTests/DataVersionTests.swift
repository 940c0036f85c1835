import Foundation
import Testing
@testable import WorkbenchStore

@Suite("Noticing changes from other connections", .onEveryBackend)
struct DataVersionTests {
    @Test("data_version moves when another connection commits, not for our own writes")
    func dataVersion() throws {
        let workspace = try TestWorkspace()
        let attempt = try workspace.seed()
        let before = try workspace.workbench.dataVersion()
        try workspace.workbench.logIntervention(InterventionDraft(attemptId: attempt, engineer: "a", hours: 1, kind: .other, summary: "own"))
        #expect(try workspace.workbench.dataVersion() == before)
        // A second open is a separate pool, as another process would have.
        let other = try workspace.reopen()
        try other.logIntervention(InterventionDraft(attemptId: attempt, engineer: "b", hours: 1, kind: .other, summary: "theirs"))
        #expect(try workspace.workbench.dataVersion() != before)
    }
}
