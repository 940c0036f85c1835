import WorkbenchStore

/// Scans and a benchmark session for one attempt, so the burn-down, the loss bars and the
/// findings and loss columns have something to show.
enum MeasuredFixture {
    /// The demo attempt that gets the measurements (lattice-cfd on Ascend C).
    static let attempt: Int64 = 5

    /// Stores three scans (412 → 260 → 118 findings) and one session of eight results.
    static func seed(_ workbench: Workbench) throws {
        let efforts: [Effort] = [.direct, .mechanical, .mechanical, .rewrite, .blocker]
        for (index, count) in [412, 260, 118].enumerated() {
            let scan = Scan(
                codebaseId: nil, attemptId: attempt, root: "/src/lattice-cfd", gitRevision: "r\(index)", target: "ascend",
                chipGeneration: "910B", catalogVersion: "1", startedAt: "2026-0\(7 + index)-01T09:00:00Z", durationMs: 900,
                filesScanned: 120, bytesScanned: 2_000_000, filesSkipped: 2, findingCount: 0)
            let findings = (0..<count).map { n in
                Finding(scanId: 0, file: "src/kernel\(n % 7).cu", line: Int64(n + 1), column: 3, symbol: "cudaMemcpy",
                        kind: "runtime-api", family: "runtime", language: "cuda", effort: efforts[n % efforts.count],
                        replacement: "aclrtMemcpy", note: nil)
            }
            try workbench.saveScan(scan, findings: findings, attempt: attempt)
        }
        let session = BenchSession(
            attemptId: attempt, label: "nightly", source: "run", startedAt: "2026-11-19T22:00:00Z",
            finishedAt: "2026-11-19T23:10:00Z", host: "atlas-a2-04", baselinePort: "c", triadGbps: 900, fmaGflops: 15_000)
        let rows: [(String, String, Double, Double, Double, Verdict)] = [
            ("triad", "ascend-c", 4.1, 0.99, 1.09, .same),
            ("triad", "opencl", 18.5, 1.15, 1.22, .slower),
            ("sgemm", "ascend-c", 31.0, 1.25, 1.37, .slower),
            ("sgemm", "opencl", 55.2, 1.48, 1.62, .slower),
            ("softmax", "ascend-c", -6.3, 0.90, 0.97, .faster),
            ("softmax", "opencl", 12.0, 1.02, 1.22, .inconclusive),
            ("layernorm", "ascend-c", 9.8, 1.05, 1.14, .slower),
            ("stencil2d", "ascend-c", 22.4, 1.18, 1.27, .slower),
        ]
        // The Ascend C runner was measured in rounds (a fresh process each); the OpenCL rows
        // are as a session from before rounds stored them.
        let results = rows.enumerated().map { index, row in
            let rounded = row.1 == "ascend-c"
            return BenchResult(sessionId: 0, kernel: row.0, size: "L", port: row.1, samples: 40, medianNs: 1_000,
                               baselinePort: "c", ratio: 1 + row.2 / 100, ciLow: row.3, ciHigh: row.4, lossPercent: row.2,
                               verdict: row.5, rounds: rounded ? Int64(8 + index) : nil, processes: rounded ? Int64(8 + index) : nil,
                               roundSpread: rounded ? 0.004 * Double(index + 1) : nil)
        }
        try workbench.saveBenchSession(session, results: results)
    }
}
