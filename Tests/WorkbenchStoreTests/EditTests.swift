import Foundation
import Testing
@testable import WorkbenchStore

@Suite("Adding and changing", .onEveryBackend)
struct EditTests {
    @Test("names with quotes, SQL, Unicode and emoji are stored exactly", arguments: [
        "O'Brien \"the team\"", "x'; DROP TABLE team; --", "SELECT * FROM team", "数据平台团队",
        "équipe-façade", "🚀 launch crew", "tabs\u{00A0}and nbsp", "Robert'); --",
    ])
    func hostileNamesRoundTrip(name: String) throws {
        let workspace = try TestWorkspace()
        try workspace.workbench.addTeam(name: name, org: name, lead: name)
        try workspace.workbench.addCodebase(name: name + "-code", team: name, location: name, language: name)
        let teams = try workspace.workbench.teams()
        #expect(teams.map(\.name) == [name])
        #expect(teams.first?.org == name)
        #expect(try workspace.workbench.codebases(team: name).map(\.name) == [name + "-code"])
    }

    @Test("control characters in a name are rejected", arguments: [
        "bad\u{1B}[31mred", "nul\u{0}byte", "new\nline", "bidi\u{202E}flip", "del\u{7F}",
    ])
    func controlCharactersRejected(name: String) throws {
        let workspace = try TestWorkspace()
        #expect(throws: StoreError.self) { try workspace.workbench.addTeam(name: name) }
        #expect(try workspace.workbench.teams().isEmpty)
    }

    @Test("empty and blank names are rejected", arguments: ["", "   ", "\u{3000}"])
    func blankNames(name: String) throws {
        let workspace = try TestWorkspace()
        #expect(throws: StoreError.invalidValue(field: "team name", value: name, reason: "must not be empty")) {
            try workspace.workbench.addTeam(name: name)
        }
    }

    @Test("a duplicate name says it exists, whatever its case")
    func duplicates() throws {
        let workspace = try TestWorkspace()
        try workspace.seed()
        #expect(throws: StoreError.alreadyExists(entity: "team", name: "SPEECH")) {
            try workspace.workbench.addTeam(name: "SPEECH")
        }
        #expect(throws: StoreError.alreadyExists(entity: "codebase", name: "asr")) {
            try workspace.workbench.addCodebase(name: "asr", team: "speech")
        }
        #expect(throws: StoreError.alreadyExists(entity: "attempt", name: "asr → ascend (torch-npu)")) {
            try workspace.workbench.addAttempt(AttemptDraft(codebase: "asr", target: .ascend, strategy: .torchNPU))
        }
    }

    @Test("unknown team, codebase and attempt are reported by name")
    func unknownReferences() throws {
        let workspace = try TestWorkspace()
        #expect(throws: StoreError.notFound(entity: "team", key: "ghosts")) {
            try workspace.workbench.addCodebase(name: "x", team: "ghosts")
        }
        #expect(throws: StoreError.notFound(entity: "codebase", key: "nowhere")) {
            try workspace.workbench.addAttempt(AttemptDraft(codebase: "nowhere", target: .hip))
        }
        #expect(throws: StoreError.notFound(entity: "attempt", key: "42")) {
            try workspace.workbench.changeStatus(attempt: 42, to: .active)
        }
        #expect(throws: StoreError.notFound(entity: "attempt", key: "42")) {
            try workspace.workbench.logIntervention(InterventionDraft(
                attemptId: 42, engineer: "e", hours: 1, kind: .other, summary: "s"))
        }
    }

    @Test("strategy must be given for Ascend and must fit the target")
    func strategies() throws {
        let workspace = try TestWorkspace()
        try workspace.seed()
        #expect(throws: StoreError.self) {
            try workspace.workbench.addAttempt(AttemptDraft(codebase: "asr", target: .ascend))
        }
        #expect(throws: StoreError.self) {
            try workspace.workbench.addAttempt(AttemptDraft(codebase: "asr", target: .hip, strategy: .torchNPU))
        }
        let hip = try workspace.workbench.addAttempt(AttemptDraft(codebase: "asr", target: .hip))
        #expect(hip.strategy == .hip)
        #expect(hip.sourceStack == "CUDA")
    }

    @Test("a status change is recorded in the history; the same status is refused")
    func statusHistory() throws {
        let workspace = try TestWorkspace()
        let id = try workspace.seed()
        try workspace.workbench.changeStatus(attempt: id, to: .blocked, note: "no HCCL for this op")
        try workspace.workbench.changeStatus(attempt: id, to: .active)
        #expect(throws: StoreError.self) { try workspace.workbench.changeStatus(attempt: id, to: .active) }
        let detail = try workspace.workbench.attemptDetail(id: id)
        #expect(detail.events.map(\.toStatus) == [.active, .blocked, .active])
        #expect(detail.events.map(\.fromStatus) == [nil, .active, .blocked])
        #expect(detail.events[1].note == "no HCCL for this op")
        #expect(detail.attempt.status == .active)
    }

    @Test("hours must be a positive finite number up to 1000", arguments: [0, -1, .nan, .infinity, 1000.5])
    func badHours(hours: Double) throws {
        let workspace = try TestWorkspace()
        let id = try workspace.seed()
        #expect(throws: StoreError.self) {
            try workspace.workbench.logIntervention(InterventionDraft(
                attemptId: id, engineer: "e", hours: hours, kind: .other, summary: "s"))
        }
        #expect(try workspace.workbench.interventions().isEmpty)
    }

    @Test("an intervention defaults to today and may not be in the future")
    func interventionDates() throws {
        let workspace = try TestWorkspace()
        let id = try workspace.seed()
        let logged = try workspace.workbench.logIntervention(InterventionDraft(
            attemptId: id, engineer: "embedded-eng-1", hours: 1.5, kind: .kernelPort, summary: "stencil"))
        #expect(logged.date.description == "2026-11-21")
        #expect(throws: StoreError.self) {
            try workspace.workbench.logIntervention(InterventionDraft(
                attemptId: id, engineer: "e", hours: 1, kind: .other, summary: "s",
                date: try DayDate(parsing: "2026-11-22")))
        }
    }

    @Test("a finding id must exist")
    func unknownFinding() throws {
        let workspace = try TestWorkspace()
        let id = try workspace.seed()
        #expect(throws: StoreError.notFound(entity: "finding", key: "7")) {
            try workspace.workbench.logIntervention(InterventionDraft(
                attemptId: id, engineer: "e", hours: 1, kind: .other, summary: "s", findingId: 7))
        }
    }
}
