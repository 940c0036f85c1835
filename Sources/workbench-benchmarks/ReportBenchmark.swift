import ArgumentParser
import Foundation
import WorkbenchPostgres
import WorkbenchReports
import WorkbenchStore

/// Times building and rendering every report kind in every format on a large workspace.
struct ReportBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Time report building and rendering on a large workspace.",
        discussion: "Target (release build): every report, built and rendered, under 2 s.")

    @Option(help: "Attempts to create (spread over 20 teams of 10 codebases).") var attempts = 1_000
    @Option(help: "Interventions to log, in one transaction.") var interventions = 100_000
    @Option(help: "Every Nth attempt gets three scans; every (N/2)th a benchmark session.") var every = 10
    @Option(help: "Timed runs per report; the median is printed.") var runs = 3

    func run() throws {
        guard attempts > 0, interventions >= 0, every > 1, runs > 0 else { throw ValidationError("counts must be positive") }
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("drawbridge-report-bench-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("bench.sqlite").path
        // The workspace the TUI benchmark uses, plus scans and benchmark sessions.
        let built = try TUIBenchmark.measure {
            try TUIBenchmark.build(at: path, attempts: attempts, interventions: interventions)
            return try Self.addScansAndSessions(at: path, every: every)
        }
        print("workspace: \(attempts) attempts, \(interventions) interventions, \(built.value.scans) scans "
              + "(\(built.value.findings) findings), \(built.value.sessions) benchmark sessions, built in \(TUIBenchmark.ms(built.elapsed))")
        let workbench = try WorkspaceOpener.open(WorkspaceLocation(explicit: path))
        let scopes: [(String, ReportScope)] = [
            ("portfolio", .portfolio), ("team team-0", .team("team-0")),
            ("codebase codebase-0-0", .codebase("codebase-0-0")), ("attempt 1", .attempt(1)),
        ]
        var slowest = Duration.zero
        for (name, scope) in scopes {
            for format in ReportFormat.allCases {
                var times: [Duration] = []
                var bytes = 0
                for _ in 0..<runs {
                    let timed = try TUIBenchmark.measure { try Report.build(scope: scope, from: workbench).render(format) }
                    times.append(timed.elapsed)
                    bytes = timed.value.utf8.count
                }
                let median = times.sorted()[times.count / 2]
                slowest = max(slowest, times.max() ?? .zero)
                print("  \(name) \(format.rawValue): \(TUIBenchmark.ms(median)) median of \(runs) (build + render, \(bytes) bytes)")
            }
        }
        print("slowest run: \(TUIBenchmark.ms(slowest))   target < 2000 ms")
    }

    /// Three scans (shrinking, with blockers drawn from a few CUDA names) on every `every`th
    /// attempt and a benchmark session of eight results on every (`every`/2)th.
    static func addScansAndSessions(at path: String, every: Int) throws -> (scans: Int, findings: Int, sessions: Int) {
        let workbench = try WorkspaceOpener.open(WorkspaceLocation(explicit: path))
        let blockers = ["__shfl_down_sync", "threadIdx", "blockDim", "cupy-cuda12x", "asm", "cudaGraphLaunch"]
        let efforts: [Effort] = [.direct, .mechanical, .rewrite, .blocker]
        var counts = (scans: 0, findings: 0, sessions: 0)
        for attempt in try workbench.attempts() {
            let index = Int(attempt.id) - 1
            if index % every == 0 {
                for (scanIndex, size) in [60, 40, 20].enumerated() {
                    let findings = (0..<size).map { line in
                        let effort = efforts[(line + index) % efforts.count]
                        return Finding(
                            scanId: 0, file: "src/kernel\(line % 7).cu", line: Int64(line + 1), column: 1,
                            symbol: effort == .blocker ? blockers[(line + index) % blockers.count] : "cudaMalloc",
                            kind: "function", family: "runtime", language: "cuda", effort: effort, replacement: nil,
                            note: effort == .blocker ? "no equivalent on the target" : nil)
                    }
                    let scan = Scan(
                        codebaseId: nil, attemptId: nil, root: "/bench", gitRevision: nil, target: "ascend", chipGeneration: nil,
                        catalogVersion: nil, startedAt: "2025-0\(scanIndex + 1)-15T10:00:00Z", durationMs: 1, filesScanned: 7,
                        bytesScanned: 1, filesSkipped: 0, findingCount: 0)
                    try workbench.saveScan(scan, findings: findings, attempt: attempt.id)
                    counts.scans += 1
                    counts.findings += size
                }
            }
            if index % max(1, every / 2) == 0 {
                let results = ["triad", "dot", "transpose", "sgemm", "softmax", "layernorm", "stencil", "histogram"].enumerated().map { offset, kernel in
                    let ratio = 1 + Double((offset + index) % 9) / 10
                    return BenchResult(
                        sessionId: 0, kernel: kernel, size: "M", port: "ascendc", samples: 30, medianNs: 1000 * ratio,
                        baselinePort: "c", ratio: ratio, ciLow: ratio - 0.03, ciHigh: ratio + 0.03,
                        lossPercent: (ratio - 1) * 100, verdict: ratio > 1.05 ? .slower : .same)
                }
                try workbench.saveBenchSession(BenchSession(
                    attemptId: attempt.id, label: "nightly", source: "run", startedAt: "2025-06-01T10:00:00Z", finishedAt: nil,
                    host: "bench", baselinePort: "c", triadGbps: nil, fmaGflops: nil), results: results)
                counts.sessions += 1
            }
        }
        try workbench.checkpoint()
        return counts
    }
}
