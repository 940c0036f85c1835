import Foundation
import Testing
@testable import WorkbenchStore

@Suite("Workspace documents", .onEveryBackend)
struct ImportTests {
    static let demoPath = TestWorkspace.dataDirectory.appendingPathComponent("demo/workspace.json").path

    @Test("the demo loads, and loading it again adds nothing")
    func demoIsIdempotent() throws {
        let workspace = try TestWorkspace()
        let document = try WorkspaceDocument.load(path: Self.demoPath)
        let first = try workspace.workbench.importDocument(document)
        #expect(first.teamsAdded == 4)
        #expect(first.attemptsAdded == 9)
        #expect(first.interventionsAdded == 41)
        let second = try workspace.workbench.importDocument(document)
        #expect(second.addedNothing)
        #expect(try workspace.workbench.interventions().count == 41)
    }

    @Test("the demo has every status, the three Ascend roads and a HIP attempt")
    func demoCoverage() throws {
        let document = try WorkspaceDocument.load(path: Self.demoPath)
        let attempts = document.teams.flatMap(\.codebases).flatMap(\.attempts)
        let statuses = Set(attempts.compactMap { $0.events.last?.to })
        #expect(statuses == Set(AttemptStatus.allCases))
        let ascendRoads = Set(attempts.filter { $0.target == .ascend }.map(\.strategy))
        #expect(ascendRoads == [.nativeCANN, .torchNPU, .onnx])
        #expect(attempts.contains { $0.target == .hip })
        let engineers = Set(attempts.flatMap(\.interventions).map(\.engineer))
        #expect(engineers.allSatisfy { $0.contains("-eng-") })
    }

    @Test("a merge keeps existing rows and adds what is new")
    func mergeAddsNewEvents() throws {
        let workspace = try TestWorkspace()
        var document = try WorkspaceDocument.load(path: Self.demoPath)
        try workspace.workbench.importDocument(document)
        document.teams[0].codebases[0].attempts[0].interventions.append(.init(
            engineer: "embedded-eng-9", date: try DayDate(parsing: "2026-11-20"), hours: 2,
            kind: .training, summary: "follow-up", outcome: nil))
        let summary = try workspace.workbench.importDocument(document)
        #expect(summary.interventionsAdded == 1)
        #expect(summary.teamsAdded == 0)
    }

    @Test("a broken document is refused with a reason and changes nothing", arguments: [
        "{\"schema\": \"drawbridge.workspace/1\", \"teams\": [",
        "{\"schema\": \"drawbridge.workspace/7\", \"teams\": []}",
        "[1, 2, 3]",
        "",
        "{\"schema\": \"drawbridge.workspace/1\", \"teams\": [{\"name\": \"t\", \"codebases\": [{\"name\": \"c\", \"attempts\": [{\"title\": \"a\", \"target\": \"cuda\", \"strategy\": \"hip\", \"events\": [], \"interventions\": []}]}]}]}",
        "{\"schema\": \"drawbridge.workspace/1\", \"teams\": [{\"name\": \"t\", \"codebases\": [{\"name\": \"c\", \"attempts\": [{\"title\": \"a\", \"target\": \"hip\", \"strategy\": \"hip\", \"events\": [{\"at\": \"2026-02-01T00:00:00Z\", \"to\": \"planned\"}, {\"at\": \"2026-01-01T00:00:00Z\", \"to\": \"active\"}], \"interventions\": []}]}]}]}",
        "{\"schema\": \"drawbridge.workspace/1\", \"teams\": [{\"name\": \"ok\", \"codebases\": []}, {\"name\": \"bad\\u001b[2J\", \"codebases\": []}]}",
        "{\"schema\": \"drawbridge.workspace/1\", \"teams\": [{\"name\": \"t\", \"codebases\": [{\"name\": \"c\", \"attempts\": [{\"title\": \"a\", \"target\": \"hip\", \"strategy\": \"hip\", \"events\": [{\"at\": \"2026-01-01T00:00:00Z\", \"to\": \"planned\"}], \"interventions\": [{\"engineer\": \"e\", \"date\": \"2026-02-30\", \"hours\": 1, \"kind\": \"other\", \"summary\": \"s\"}]}]}]}]}",
        "{\"schema\": \"drawbridge.workspace/1\", \"teams\": [{\"name\": \"t\", \"codebases\": [{\"name\": \"c\", \"attempts\": [{\"title\": \"a\", \"target\": \"hip\", \"strategy\": \"hip\", \"events\": [{\"at\": \"2026-01-01T00:00:00Z\", \"to\": \"planned\"}], \"interventions\": [{\"engineer\": \"e\", \"date\": \"2026-01-02\", \"hours\": 1e308, \"kind\": \"other\", \"summary\": \"s\"}]}]}]}]}",
    ])
    func brokenDocuments(text: String) throws {
        let workspace = try TestWorkspace()
        let before = try workspace.workbench.overview()
        #expect(throws: StoreError.self) {
            let document = try WorkspaceDocument.decode(Data(text.utf8), path: "doc.json")
            try workspace.workbench.importDocument(document)
        }
        #expect(try workspace.workbench.overview() == before)
    }

    @Test("a codebase that exists under another team is a conflict, and nothing is written")
    func codebaseConflict() throws {
        let workspace = try TestWorkspace()
        try workspace.workbench.addTeam(name: "other-team")
        try workspace.workbench.addCodebase(name: "lattice-cfd", team: "other-team")
        let document = try WorkspaceDocument.load(path: Self.demoPath)
        #expect(throws: StoreError.self) { try workspace.workbench.importDocument(document) }
        #expect(try workspace.workbench.teams().map(\.name) == ["other-team"])
    }
}
