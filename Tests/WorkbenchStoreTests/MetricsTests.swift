import Foundation
import Testing
@testable import WorkbenchStore

@Suite("Attempt metrics", .onEveryBackend)
struct MetricsTests {
    @Test("median of odd, even, empty and non-finite lists")
    func median() {
        #expect(Median.of([3, 1, 2]) == 2)
        #expect(Median.of([4, 1, 3, 2]) == 2.5)
        #expect(Median.of([]) == nil)
        #expect(Median.of([.nan, 5]) == 5)
    }

    @Test("open findings come from the latest scan, losses from the latest session")
    func latest() throws {
        let workspace = try TestWorkspace()
        let attempt = try workspace.seed()
        let workbench = workspace.workbench
        for (day, count) in [("2026-10-01", 5), ("2026-11-01", 2)] {
            let scan = Scan(codebaseId: nil, attemptId: attempt, root: "/src", gitRevision: nil, target: "ascend",
                            chipGeneration: nil, catalogVersion: nil, startedAt: day + "T00:00:00Z", durationMs: 1,
                            filesScanned: 1, bytesScanned: 1, filesSkipped: 0, findingCount: 0)
            let findings = (0..<count).map { n in
                Finding(scanId: 0, file: "a.cu", line: Int64(n + 1), column: 1, symbol: "cudaFree", kind: "api",
                        family: "runtime", language: "cuda", effort: .direct, replacement: "aclrtFree", note: nil)
            }
            try workbench.saveScan(scan, findings: findings, attempt: attempt)
        }
        for (day, losses) in [("2026-10-02", [50.0, 60]), ("2026-11-02", [10.0, 20, 30])] {
            let session = BenchSession(attemptId: attempt, label: nil, source: "run", startedAt: day + "T00:00:00Z",
                                       finishedAt: nil, host: nil, baselinePort: "c", triadGbps: nil, fmaGflops: nil)
            let results = losses.enumerated().map { index, loss in
                BenchResult(sessionId: 0, kernel: "k\(index)", size: "S", port: "opencl", samples: 10, lossPercent: loss)
            }
            try workbench.saveBenchSession(session, results: results)
        }
        let metrics = try #require(try workbench.attemptMetrics()[attempt])
        #expect(metrics.openFindings == 2)
        #expect(metrics.scans == 2)
        #expect(metrics.medianLoss == 20)
        #expect(try workbench.medianLossByTarget() == [.ascend: 20])
    }

    @Test("an attempt without scans or benchmarks has no figures")
    func none() throws {
        let workspace = try TestWorkspace()
        let attempt = try workspace.seed()
        let metrics = try #require(try workspace.workbench.attemptMetrics()[attempt])
        #expect(metrics.openFindings == nil)
        #expect(metrics.medianLoss == nil)
        #expect(try workspace.workbench.medianLossByTarget().isEmpty)
    }
}
