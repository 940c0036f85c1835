import Foundation
import WorkbenchStore

/// A workspace with known figures: hours, findings per scan, benchmark losses.
///
/// Attempt `ascendC` (core, Ascend native CANN, active since 2026-09-01):
/// - interventions: 4 h + 6 h kernel-port in September (eng-a, eng-b), 10 h build-fix on 2026-10-05 (eng-a) = 20 h;
/// - scans: 10 findings (2026-09-01), 6 (2026-10-01), 4 (2026-11-01): 6 removed, 4 left;
/// - latest session (2026-11-05): triad S +10 %, sgemm S +30 %, sgemm M −10 % → median +10 %,
///   2 kernels ported, performance portability 3 / (1.1 + 1.3 + 0.9).
/// Attempt `torchNPU` (core, Ascend torch_npu, done): 5 h training, one scan sharing the blocker.
/// Attempt `hipPort` (other team's codebase, HIP, planned): nothing logged.
final class ReportFixture {
    let directory: URL
    let path: String
    let workbench: Workbench
    var ascendC: Int64 = 0
    var torchNPU: Int64 = 0
    var hipPort: Int64 = 0

    /// The report clock: 2026-11-21 12:00 UTC.
    static let now = Date(timeIntervalSince1970: 1_795_262_400)
    /// The hostile text planted in a scan's file name and note.
    static let hostile = "<script>alert(1)</script>\u{1b}[31m\u{202e}|pipe\"quote'"

    init(title: String = "core on Ascend C") throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("drawbridge-report-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        path = directory.appendingPathComponent("w.sqlite").path
        // Attempts are created on 2026-09-01; the report is read on 2026-11-21.
        let creation = try Workbench.open(
            WorkspaceLocation(explicit: path), clock: .fixed(Date(timeIntervalSince1970: 1_788_220_800)))
        try creation.addTeam(name: "alpha")
        try creation.addTeam(name: "beta")
        try creation.addCodebase(name: "core", team: "alpha")
        try creation.addCodebase(name: "edge", team: "beta")
        ascendC = try creation.addAttempt(AttemptDraft(
            codebase: "core", target: .ascend, strategy: .nativeCANN, status: .active, title: title)).id!
        torchNPU = try creation.addAttempt(AttemptDraft(
            codebase: "core", target: .ascend, strategy: .torchNPU, status: .done, title: "core via torch_npu")).id!
        hipPort = try creation.addAttempt(AttemptDraft(codebase: "edge", target: .hip, title: "edge on HIP")).id!
        workbench = try Workbench.open(WorkspaceLocation(explicit: path), clock: .fixed(Self.now))
        try logHours()
        try saveScans()
        try saveSessions()
    }

    deinit { try? FileManager.default.removeItem(at: directory) }

    private func logHours() throws {
        let entries: [(Int64, String, Double, InterventionKind, String)] = [
            (ascendC, "eng-a", 4, .kernelPort, "2026-09-10"), (ascendC, "eng-b", 6, .kernelPort, "2026-09-20"),
            (ascendC, "eng-a", 10, .buildFix, "2026-10-05"), (torchNPU, "eng-c", 5, .training, "2026-09-15"),
        ]
        for (attempt, engineer, hours, kind, day) in entries {
            try workbench.logIntervention(InterventionDraft(
                attemptId: attempt, engineer: engineer, hours: hours, kind: kind, summary: "work", date: try DayDate(parsing: day)))
        }
    }

    private func saveScans() throws {
        // Efforts per scan: direct, mechanical, rewrite, blocker.
        let scans: [(String, [Effort: Int])] = [
            ("2026-09-01T10:00:00Z", [.direct: 4, .mechanical: 3, .rewrite: 2, .blocker: 1]),
            ("2026-10-01T10:00:00Z", [.direct: 2, .mechanical: 2, .rewrite: 1, .blocker: 1]),
            ("2026-11-01T10:00:00Z", [.direct: 1, .mechanical: 1, .rewrite: 1, .blocker: 1]),
        ]
        for (index, (at, efforts)) in scans.enumerated() {
            let last = index == scans.count - 1
            let findings = Effort.allCases.flatMap { effort in
                (0..<(efforts[effort] ?? 0)).map { line in
                    Self.finding(effort: effort, line: Int64(line + 1), file: last && effort == .blocker ? Self.hostile + ".cu" : "k.cu",
                                 note: last && effort == .blocker ? Self.hostile : "no equivalent")
                }
            }
            try workbench.saveScan(Self.scan(at: at), findings: findings, attempt: ascendC)
        }
        try workbench.saveScan(Self.scan(at: "2026-10-15T10:00:00Z"), findings: [Self.finding(effort: .blocker, line: 3, file: "t.py", note: "no equivalent")], attempt: torchNPU)
    }

    static func scan(at: String) -> Scan {
        Scan(codebaseId: nil, attemptId: nil, root: "/somewhere/on/a/machine", gitRevision: nil, target: "ascend",
             chipGeneration: nil, catalogVersion: nil, startedAt: at, durationMs: 1, filesScanned: 1, bytesScanned: 1,
             filesSkipped: 0, findingCount: 0)
    }

    static func finding(effort: Effort, line: Int64, file: String, note: String) -> Finding {
        Finding(scanId: 0, file: file, line: line, column: 1, symbol: effort == .blocker ? "__shfl_down_sync" : "cudaMalloc",
                kind: "function", family: effort == .blocker ? "device-intrinsic" : "runtime", language: "cuda",
                effort: effort, replacement: nil, note: note)
    }

    private func saveSessions() throws {
        // An older session with other numbers: the report must take the latest.
        try workbench.saveBenchSession(Self.session(ascendC, at: "2026-10-20T10:00:00Z"), results: [
            Self.result("triad", "S", ratio: 2, low: 1.9, high: 2.1, verdict: .slower),
        ])
        try workbench.saveBenchSession(Self.session(ascendC, at: "2026-11-05T10:00:00Z"), results: [
            BenchResult(sessionId: 0, kernel: "triad", size: "S", port: "c", samples: 10, medianNs: 100),
            Self.result("triad", "S", ratio: 1.1, low: 1.05, high: 1.15, verdict: .slower, rounds: 8, spread: 0.012),
            Self.result("sgemm", "S", ratio: 1.3, low: 1.2, high: 1.4, verdict: .slower),
            Self.result("sgemm", "M", ratio: 0.9, low: 0.85, high: 0.95, verdict: .faster),
        ])
    }

    static func session(_ attempt: Int64, at: String) -> BenchSession {
        BenchSession(attemptId: attempt, label: "nightly", source: "run", startedAt: at, finishedAt: nil, host: nil,
                     baselinePort: "c", triadGbps: nil, fmaGflops: nil)
    }

    static func result(_ kernel: String, _ size: String, ratio: Double, low: Double, high: Double, verdict: Verdict,
                       rounds: Int64? = nil, spread: Double? = nil) -> BenchResult {
        BenchResult(sessionId: 0, kernel: kernel, size: size, port: "ascendc", samples: 10, medianNs: 100 * ratio,
                    baselinePort: "c", ratio: ratio, ciLow: low, ciHigh: high, lossPercent: (ratio - 1) * 100, verdict: verdict,
                    rounds: rounds, processes: rounds.map { _ in 1 }, roundSpread: spread)
    }
}
