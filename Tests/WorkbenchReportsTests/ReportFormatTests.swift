import Foundation
import Testing
import WorkbenchReports
import WorkbenchStore

/// The same figures in all three formats.
@Suite struct ReportFormatTests {
    @Test func jsonRoundTripsTheNumbers() throws {
        let fixture = try ReportFixture()
        for scope in [ReportScope.attempt(fixture.ascendC), .codebase("core"), .team("alpha"), .portfolio] {
            let report = try Report.build(scope: scope, from: fixture.workbench)
            let decoded = try Report.decodeJSON(report.render(.json))
            #expect(decoded == report)
        }
        let json = try Report.build(scope: .attempt(fixture.ascendC), from: fixture.workbench).render(.json)
        #expect(json.contains("\"findings_removed\" : 6"))
        #expect(json.contains("\"hours\" : 20"))
    }

    @Test func markdownShowsTheFigures() throws {
        let fixture = try ReportFixture()
        let markdown = try Report.build(scope: .attempt(fixture.ascendC), from: fixture.workbench).render(.markdown)
        #expect(markdown.contains("| Hours | 20.0 h |"))
        #expect(markdown.contains("| Findings removed | 6 |"))
        #expect(markdown.contains("| Findings left | 4 |"))
        #expect(markdown.contains("| Median loss | +10.0% |"))
        #expect(markdown.contains("| Performance portability | 0.91 |"))
        #expect(markdown.contains("| Hours per finding removed | 3.3 h |"))
        #expect(markdown.contains("| Hours per kernel ported | 10.0 h |"))
        #expect(markdown.contains("| triad | S | ascendc | c | 1.10 | +10.0% | +5.0% to +15.0% | 8 | ±1.2% | SLOWER |"))
        #expect(markdown.contains("| sgemm | S | ascendc | c | 1.30 | +30.0% | +20.0% to +40.0% | — | — | SLOWER |"),
                "a loss stored before rounds has no rounds or spread")
        #expect(markdown.contains("| 1 | 2026-09-01 | 4 | 3 | 2 | 1 | 0 | 10 |"))
        #expect(markdown.contains("```text\nFindings per scan by effort"))
        #expect(markdown.contains("█"))
    }

    @Test func htmlIsSelfContainedWithCharts() throws {
        let fixture = try ReportFixture()
        let html = try Report.build(scope: .attempt(fixture.ascendC), from: fixture.workbench).render(.html)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("<style>"))
        #expect(html.contains("@media print"))
        #expect(html.components(separatedBy: "<svg").count - 1 == 3)
        #expect(html.contains("<polyline"))
        #expect(!html.contains("<script"))
        #expect(!html.contains("http://") || !html.contains("src="))
        #expect(!html.contains("https://"))
        #expect(html.contains("<dd>20.0 h</dd>"))
        #expect(html.contains("<td class=\"num\">+10.0%</td>"))
        #expect(html.contains("<dd>0.91</dd>"))
    }

    @Test func groupReportsCompareTheAscendRoads() throws {
        let fixture = try ReportFixture()
        let codebase = try #require(try Report.build(scope: .codebase("core"), from: fixture.workbench).group)
        #expect(codebase.team == "alpha")
        #expect(codebase.attempts.map(\.id) == [fixture.ascendC, fixture.torchNPU])
        #expect(codebase.hours == 25)
        #expect(codebase.ascendRoads.map(\.codebase) == ["core"])
        #expect(codebase.ascendRoads.first?.attempts.map(\.strategy) == ["native-cann", "torch-npu"])
        #expect(codebase.topBlockers.first?.attempts == 2)
        let markdown = try Report.build(scope: .team("alpha"), from: fixture.workbench).render(.markdown)
        #expect(markdown.contains("## Ascend roads compared: core"))
        #expect(markdown.contains("| \(fixture.ascendC) | core on Ascend C | core | ascend | native-cann | active | 81 | 20.0 h | 6 | 4 | +10.0% | 2 | 0.91 | 3.3 h |"))
    }

    @Test func portfolioPinsTheProgramme() throws {
        let fixture = try ReportFixture()
        let report = try Report.build(scope: .portfolio, from: fixture.workbench)
        let portfolio = try #require(report.portfolio)
        #expect(portfolio.hours == 25)
        #expect(portfolio.statusCounts.map(\.count) == [1, 1, 0, 1, 0])
        #expect(portfolio.teams.map(\.name) == ["alpha", "beta"])
        #expect(portfolio.teams.map(\.hours) == [25, 0])
        #expect(portfolio.teams.first?.findingsLeft == 5)
        #expect(portfolio.hoursByMonth.map(\.hours) == [10, 5, 10])
        #expect(portfolio.topBlockers.map(\.symbol) == ["__shfl_down_sync"])
        #expect(portfolio.topBlockers.first?.attempts == 2)
        #expect(portfolio.topBlockers.first?.codebases == 1)
        let ascend = try #require(portfolio.lossByTarget.first)
        #expect(ascend.target == .ascend)
        #expect(abs(ascend.median - 10) < 1e-9)
        #expect(abs(ascend.min + 10) < 1e-9)
        #expect(abs(ascend.max - 30) < 1e-9)
        #expect(try fixture.workbench.medianLossByTarget()[.ascend] == ascend.median)
        let markdown = report.render(.markdown)
        #expect(markdown.contains("| alpha | 1 | 2 | 1 | 1 | 25.0 h | 5 |"))
        #expect(markdown.contains("| ascend | 2 | 1 | 25.0 h | +10.0% |"))
        #expect(markdown.contains("| \\_\\_shfl\\_down\\_sync | device-intrinsic | 2 | 1 | 2 |"))
        let html = report.render(.html)
        #expect(html.contains("<td>alpha</td><td class=\"num\">1</td><td class=\"num\">2</td>"))
    }
}
