import Foundation
import Testing
@testable import WorkbenchStore

@Suite("Scans and benchmark sessions in the store", .onEveryBackend)
struct ScanStoreTests {
    func scan() -> Scan {
        Scan(codebaseId: nil, attemptId: nil, root: "/src", gitRevision: nil, target: "ascend",
             chipGeneration: "a2", catalogVersion: "1", startedAt: "2026-11-21T12:00:00Z", durationMs: 12,
             filesScanned: 3, bytesScanned: 1000, filesSkipped: 0, findingCount: 0)
    }

    func finding(_ symbol: String, effort: Effort, line: Int64) -> Finding {
        Finding(scanId: 0, file: "k.cu", line: line, column: 3, symbol: symbol, kind: "function",
                family: "runtime", language: "cuda", effort: effort, replacement: nil, note: nil)
    }

    @Test("a scan and its findings are saved together and read back")
    func roundTrip() throws {
        let workspace = try TestWorkspace()
        let attempt = try workspace.seed()
        let saved = try workspace.workbench.saveScan(
            scan(), findings: [finding("cudaMalloc", effort: .mechanical, line: 2),
                               finding("__shfl_down_sync", effort: .blocker, line: 9)],
            attempt: attempt)
        #expect(saved.findingCount == 2)
        let listed = try workspace.workbench.scans(codebase: "asr")
        #expect(listed.count == 1)
        #expect(listed[0].scan.attemptId == attempt)
        #expect(listed[0].findingsByEffort == ["mechanical": 1, "blocker": 1])
        #expect(try workspace.workbench.findings(scan: saved.id!).map(\.symbol) == ["cudaMalloc", "__shfl_down_sync"])
    }

    @Test("a scan that fails part-way stores nothing")
    func atomic() throws {
        let workspace = try TestWorkspace()
        try workspace.seed()
        var bad = finding("cudaFree", effort: .direct, line: 0)  // line 0 breaks the CHECK constraint
        bad.line = 0
        #expect(throws: StoreError.self) {
            try workspace.workbench.saveScan(scan(), findings: [finding("cudaMalloc", effort: .direct, line: 1), bad])
        }
        #expect(try workspace.workbench.scans().isEmpty)
        #expect(throws: StoreError.notFound(entity: "attempt", key: "77")) {
            try workspace.workbench.saveScan(scan(), findings: [], attempt: 77)
        }
    }

    @Test("a bench session and its results are saved together")
    func benchRoundTrip() throws {
        let workspace = try TestWorkspace()
        let attempt = try workspace.seed()
        let session = BenchSession(
            attemptId: attempt, label: "nightly", source: "run", startedAt: "2026-11-21T12:00:00Z",
            finishedAt: nil, host: "box", baselinePort: "c", triadGbps: 20, fmaGflops: 100)
        let saved = try workspace.workbench.saveBenchSession(session, results: [
            BenchResult(sessionId: 0, kernel: "triad", size: "S", port: "c", samples: 20, medianNs: 1000),
            BenchResult(sessionId: 0, kernel: "triad", size: "S", port: "opencl", samples: 20, medianNs: 1100,
                        baselinePort: "c", ratio: 1.1, ciLow: 1.05, ciHigh: 1.15, lossPercent: 9.1, verdict: .slower),
        ])
        #expect(try workspace.workbench.benchSessions(attempt: attempt).map(\.id) == [saved.id])
        let results = try workspace.workbench.benchResults(session: saved.id!)
        #expect(results.map(\.port) == ["c", "opencl"])
        #expect(results[1].verdict == .slower)
        #expect(try workspace.workbench.overview().benchSessions == 1)
    }

    @Test("a comparison's rounds, processes and spread are stored, exported and imported; older rows have none")
    func benchRounds() throws {
        let workspace = try TestWorkspace()
        let attempt = try workspace.seed()
        let session = BenchSession(
            attemptId: attempt, label: nil, source: "run", startedAt: "2026-11-21T12:00:00Z",
            finishedAt: nil, host: "box", baselinePort: "c", triadGbps: nil, fmaGflops: nil)
        let saved = try workspace.workbench.saveBenchSession(session, results: [
            BenchResult(sessionId: 0, kernel: "copy", size: "S", port: "ascend-c", samples: 80, medianNs: 900,
                        baselinePort: "c", ratio: 0.9, ciLow: 0.88, ciHigh: 0.92, lossPercent: -10, verdict: .faster,
                        rounds: 8, processes: 8, roundSpread: 0.012),
            BenchResult(sessionId: 0, kernel: "copy", size: "M", port: "ascend-c", samples: 80, medianNs: 900,
                        baselinePort: "c", ratio: 1, ciLow: 0.99, ciHigh: 1.01, lossPercent: 0, verdict: .same),
        ])
        let results = try workspace.workbench.benchResults(session: saved.id!).sorted { $0.size > $1.size }
        #expect(results[0].rounds == 8 && results[0].processes == 8 && results[0].roundSpread == 0.012)
        #expect(results[1].rounds == nil && results[1].roundSpread == nil)
        let document = try workspace.workbench.exportDocument()
        let other = try TestWorkspace()
        _ = try other.workbench.importDocument(document)
        let sessions = try other.workbench.benchSessions()
        let copied = try other.workbench.benchResults(session: try #require(sessions.first?.id)).sorted { $0.size > $1.size }
        #expect(copied.map(\.rounds) == [8, nil] && copied.map(\.roundSpread) == [0.012, nil])
    }
}
