import Foundation
import Testing
import WorkbenchReports
import WorkbenchStore

/// The attempt report's numbers on a workspace whose figures are known.
@Suite struct AttemptReportTests {
    @Test func pinsTheHeadlineFigures() throws {
        let fixture = try ReportFixture()
        let report = try Report.build(scope: .attempt(fixture.ascendC), from: fixture.workbench)
        let line = try #require(report.attempt?.line)
        #expect(line.hours == 20)
        #expect(line.interventions == 3)
        #expect(line.daysOpen == 81)
        #expect(line.scans == 3)
        #expect(line.findingsFirst == 10)
        #expect(line.findingsLeft == 4)
        #expect(line.findingsRemoved == 6)
        #expect(line.medianLoss.map { abs($0 - 10) < 1e-9 } == true)
        #expect(line.kernelsPorted == 2)
        #expect(line.performancePortability.map { abs($0 - 3 / 3.3) < 1e-9 } == true)
        #expect(line.hoursPerFindingRemoved.map { abs($0 - 20.0 / 6) < 1e-9 } == true)
        #expect(line.hoursPerKernelPorted == 10)
    }

    @Test func takesTheSameFiguresAsTheTUI() throws {
        let fixture = try ReportFixture()
        let line = try #require(try Report.build(scope: .attempt(fixture.ascendC), from: fixture.workbench).attempt?.line)
        let metrics = try #require(try fixture.workbench.attemptMetrics()[fixture.ascendC])
        let summary = try fixture.workbench.attemptDetail(id: fixture.ascendC).attempt
        #expect(line.findingsLeft == metrics.openFindings)
        #expect(line.medianLoss == metrics.medianLoss)
        #expect(line.hours == summary.hours)
        #expect(line.daysOpen == summary.daysOpen)
    }

    @Test func pinsTheSections() throws {
        let fixture = try ReportFixture()
        let report = try #require(try Report.build(scope: .attempt(fixture.ascendC), from: fixture.workbench).attempt)
        #expect(report.hoursByKind.map(\.label) == ["build-fix", "kernel-port"])
        #expect(report.hoursByKind.map(\.hours) == [10, 10])
        #expect(report.hoursByEngineer.map(\.label) == ["eng-a", "eng-b"])
        #expect(report.hoursByEngineer.map(\.hours) == [14, 6])
        #expect(report.hoursByMonth.map(\.month) == ["2026-09", "2026-10"])
        #expect(report.burnDown.map(\.total) == [10, 6, 4])
        #expect(report.burnDown.map { $0.byEffort["blocker"] } == [1, 1, 1])
        #expect(report.burnDown.map { $0.byEffort["direct"] } == [4, 2, 1])
        #expect(report.blockers.count == 1)
        #expect(report.blockers.first?.symbol == "__shfl_down_sync")
        #expect(report.losses.map(\.kernel) == ["sgemm", "sgemm", "triad"])
        #expect(report.losses.first { $0.size == "M" }?.verdict == "FASTER")
        let triad = try #require(report.losses.first { $0.kernel == "triad" })
        #expect(abs(triad.lossPercent - 10) < 1e-9)
        #expect(triad.lossLow.map { abs($0 - 5) < 1e-9 } == true)
        #expect(triad.lossHigh.map { abs($0 - 15) < 1e-9 } == true)
        #expect(triad.rounds == 8)
        #expect(triad.roundSpread == 0.012)
        #expect(report.timeline.map(\.to) == ["active"])
    }

    @Test func sinceLimitsInterventionsAndScans() throws {
        let fixture = try ReportFixture()
        let report = try Report.build(
            scope: .attempt(fixture.ascendC), since: try DayDate(parsing: "2026-10-01"), from: fixture.workbench)
        let attempt = try #require(report.attempt)
        #expect(report.since == "2026-10-01")
        #expect(attempt.line.hours == 10)
        #expect(attempt.line.findingsFirst == 6)
        #expect(attempt.line.findingsRemoved == 2)
        #expect(attempt.line.hoursPerFindingRemoved == 5)
        #expect(attempt.burnDown.map(\.total) == [6, 4])
        #expect(attempt.hoursByKind.map(\.label) == ["build-fix"])
        #expect(attempt.timeline.isEmpty)
        let late = try Report.build(scope: .attempt(fixture.ascendC), since: try DayDate(parsing: "2026-11-10"), from: fixture.workbench)
        #expect(late.attempt?.line.medianLoss == nil)
        #expect(late.attempt?.line.findingsLeft == nil)
        #expect(late.attempt?.losses.isEmpty == true)
    }

    @Test func unknownAttemptIsNotFound() throws {
        let fixture = try ReportFixture()
        #expect(throws: StoreError.notFound(entity: "attempt", key: "999")) {
            try Report.build(scope: .attempt(999), from: fixture.workbench)
        }
        #expect(throws: StoreError.notFound(entity: "team", key: "nobody")) {
            try Report.build(scope: .team("nobody"), from: fixture.workbench)
        }
        #expect(throws: StoreError.notFound(entity: "codebase", key: "nothing")) {
            try Report.build(scope: .codebase("nothing"), from: fixture.workbench)
        }
    }

    @Test func defaultFileNames() {
        #expect(Report.defaultFileName(scope: .attempt(7), format: .markdown) == "drawbridge-report-attempt-7.md")
        #expect(Report.defaultFileName(scope: .portfolio, format: .html) == "drawbridge-report-portfolio.html")
        #expect(Report.defaultFileName(scope: .team("a/b c"), format: .json) == "drawbridge-report-team-a-b-c.json")
    }
}

/// The call the workbench's `R` key makes.
@Suite struct ReportWriteTests {
    @Test func writesTheDefaultFileIntoADirectory() throws {
        let fixture = try ReportFixture()
        let url = try Report.write(scope: .attempt(fixture.ascendC), format: .markdown, from: fixture.workbench, into: fixture.directory)
        #expect(url.lastPathComponent == "drawbridge-report-attempt-\(fixture.ascendC).md")
        let text = try String(contentsOf: url, encoding: .utf8)
        #expect(text == (try Report.build(scope: .attempt(fixture.ascendC), from: fixture.workbench).render(.markdown)))
        #expect(throws: ReportWriteError.self) {
            try Report.write(scope: .portfolio, format: .html, from: fixture.workbench,
                             into: fixture.directory.appendingPathComponent("missing"))
        }
    }

    @Test func blockersSinceADayIgnoreOlderScans() throws {
        let fixture = try ReportFixture()
        // The torch_npu attempt's only scan is from 2026-10-15; ascendC's latest from 2026-11-01.
        let ranks = try fixture.workbench.blockerRanking(since: try DayDate(parsing: "2026-10-20"))
        #expect(ranks.first?.attempts == 1)
    }
}
