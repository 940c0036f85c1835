import Foundation
import Testing
import WorkbenchStore

/// The store aggregates the reports read, on their own.
@Suite struct ReportQueryTests {
    @Test func performancePortabilityIsTheHarmonicMeanOfEfficiency() {
        let results = [ReportFixture.result("a", "S", ratio: 2, low: 1.9, high: 2.1, verdict: .slower),
                       ReportFixture.result("b", "S", ratio: 0.5, low: 0.4, high: 0.6, verdict: .faster)]
        // Efficiencies 0.5 and 2: harmonic mean 2 / (2 + 0.5) = 0.8.
        #expect(PerformancePortability.of(results).map { abs($0 - 0.8) < 1e-12 } == true)
        let wrong = results + [ReportFixture.result("c", "S", ratio: 1, low: 1, high: 1, verdict: .wrong)]
        #expect(PerformancePortability.of(wrong) == 0)
        #expect(PerformancePortability.of([]) == nil)
    }

    @Test func lossDistributionUsesTheSharedMedian() throws {
        let losses = [5.0, 1, 9, 3, 7]
        let distribution = try #require(LossDistribution.of(losses, target: .hip, attempts: 2))
        #expect(distribution.median == Median.of(losses))
        #expect([distribution.min, distribution.q1, distribution.median, distribution.q3, distribution.max] == [1, 3, 5, 7, 9])
        #expect(LossDistribution.of([.nan], target: .hip, attempts: 1) == nil)
    }

    @Test func progressAndHoursSinceADay() throws {
        let fixture = try ReportFixture()
        let all = try #require(try fixture.workbench.attemptProgress()[fixture.ascendC])
        #expect(all.firstScanFindings == 10)
        #expect(all.scans == 3)
        #expect(all.benchedSince)
        #expect(all.hours == 20)
        let october = try #require(try fixture.workbench.attemptProgress(since: try DayDate(parsing: "2026-10-01"))[fixture.ascendC])
        #expect(october.firstScanFindings == 6)
        #expect(october.scans == 2)
        #expect(october.interventions == 1)
        let months = try fixture.workbench.hoursByMonth(attempts: [fixture.ascendC])
        #expect(months.map(\.month) == ["2026-09", "2026-10"])
        #expect(months.map(\.kind) == [.kernelPort, .buildFix])
        #expect(months.map(\.hours) == [10, 10])
        #expect(try fixture.workbench.hoursByMonth(attempts: []).isEmpty)
        let latest = try fixture.workbench.latestBenchResults()[fixture.ascendC] ?? []
        #expect(latest.count == 4)
        let metrics = try fixture.workbench.attemptMetrics()[fixture.ascendC]
        #expect(Median.of(latest.compactMap(\.lossPercent)) == metrics?.medianLoss)
    }
}
