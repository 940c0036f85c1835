import Foundation
import Testing
@testable import WorkbenchStore

@Suite("Listing", .onEveryBackend)
struct ListTests {
    /// The demo workspace, loaded from the shipped file.
    func demo() throws -> TestWorkspace {
        let workspace = try TestWorkspace()
        let path = TestWorkspace.dataDirectory.appendingPathComponent("demo/workspace.json").path
        try workspace.workbench.importDocument(try WorkspaceDocument.load(path: path))
        return workspace
    }

    @Test("team totals add up codebases, attempts and hours")
    func teamTotals() throws {
        let workspace = try demo()
        let teams = try workspace.workbench.teams()
        let climate = try #require(teams.first { $0.name == "climate-hpc" })
        #expect(climate.codebases == 1)
        #expect(climate.attempts == 3)
        #expect(climate.hours == 26 + 51 + 11)
        #expect(teams.reduce(0) { $0 + $1.hours } == 202)
    }

    @Test("attempt filters by team, codebase, status and target")
    func attemptFilters() throws {
        let workspace = try demo()
        let workbench = workspace.workbench
        #expect(try workbench.attempts().count == 9)
        #expect(try workbench.attempts(AttemptFilter(team: "climate-hpc")).count == 3)
        #expect(try workbench.attempts(AttemptFilter(codebase: "ranker-serving")).count == 2)
        #expect(try workbench.attempts(AttemptFilter(status: .blocked)).map(\.codebase) == ["ranker-serving"])
        #expect(try workbench.attempts(AttemptFilter(target: .hip)).count == 2)
        #expect(try workbench.attempts(AttemptFilter(since: DayDate(parsing: "2026-10-01"))).count == 3)
        #expect(throws: StoreError.notFound(entity: "team", key: "nobody")) {
            try workbench.attempts(AttemptFilter(team: "nobody"))
        }
    }

    @Test("days open run to today, or to the day an attempt closed")
    func daysOpen() throws {
        let workspace = try demo()
        let workbench = workspace.workbench
        let attempts = try workbench.attempts()
        let hip = try #require(attempts.first { $0.title == "lattice-cfd HIP port" })
        #expect(hip.daysOpen == 85)  // 2026-04-06 → 2026-06-30
        let planned = try #require(attempts.first { $0.title == "deformable conv kernels in Ascend C" })
        #expect(planned.daysOpen == 26)  // 2026-10-26 → 2026-11-21
    }

    @Test("intervention filters by engineer, kind, attempt and date")
    func interventionFilters() throws {
        let workspace = try demo()
        let workbench = workspace.workbench
        let all = try workbench.interventions()
        #expect(all.count == 41)
        #expect(all.first!.date >= all.last!.date)
        #expect(try workbench.interventions(InterventionFilter(engineer: "perf-eng-1")).count == 6)
        #expect(try workbench.interventions(InterventionFilter(kind: .training)).count == 6)
        #expect(try workbench.interventions(InterventionFilter(since: DayDate(parsing: "2026-11-01"))).count == 3)
        #expect(try workbench.interventions(InterventionFilter(team: "climate-hpc", kind: .kernelPort)).count == 6)
        #expect(throws: StoreError.notFound(entity: "attempt", key: "99")) {
            try workbench.interventions(InterventionFilter(attemptId: 99))
        }
    }

    @Test("attempt detail groups hours by kind and engineer")
    func detail() throws {
        let workspace = try demo()
        let workbench = workspace.workbench
        let id = try #require(try workbench.attempts().first { $0.title == "lattice-cfd on Ascend C" }?.id)
        let detail = try workbench.attemptDetail(id: id)
        #expect(detail.interventions.count == 9)
        #expect(detail.hoursByKind.first == HoursBucket(label: "kernel-port", hours: 25, count: 4))
        #expect(detail.hoursByEngineer.map(\.label) == ["embedded-eng-4", "embedded-eng-2", "perf-eng-1"])
        #expect(detail.events.map(\.toStatus) == [.planned, .active])
    }

    @Test("the overview counts every status, and this month's hours")
    func overview() throws {
        let workspace = try demo()
        let overview = try workspace.workbench.overview()
        #expect(overview.attemptsByStatus == ["planned": 2, "active": 3, "blocked": 1, "done": 2, "abandoned": 1])
        #expect(overview.interventions == 41)
        #expect(overview.hoursThisMonth == 15)
    }
}
