import ArgumentParser
import Foundation
import TerminalCore
import WorkbenchPostgres
import WorkbenchStore
import WorkbenchUI

/// Times the full-screen workbench on a large workspace: the first frame, and each key
/// press while scrolling and filtering, drawn into an in-memory terminal.
struct TUIBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tui",
        abstract: "Time the workbench's first frame and key presses on a large workspace.",
        discussion: "Targets (release build): first frame under 300 ms, a key press under 16 ms.")

    @Option(help: "Attempts to create (spread over 20 teams of 10 codebases).") var attempts = 1_000
    @Option(help: "Interventions to log, in one transaction.") var interventions = 100_000
    @Option(help: "Findings in the scan stored against the first attempt.") var findings = 200_000
    @Option(help: "Key presses per measured series.") var presses = 200
    @Option(help: "Terminal size, e.g. 120x40.") var size = "120x40"

    func run() throws {
        let parts = size.split(separator: "x").compactMap { Int($0) }
        guard parts.count == 2, parts[0] > 0, parts[1] > 0 else { throw ValidationError("--size takes WxH, e.g. 120x40") }
        guard attempts > 0, interventions >= 0, presses > 0 else { throw ValidationError("counts must be positive") }
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("drawbridge-tui-bench-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("bench.sqlite").path
        let built = try Self.measure { try Self.build(at: path, attempts: attempts, interventions: interventions) }
        let scanned = try Self.measure { try Self.buildScan(at: path, findings: findings) }
        print("workspace: \(attempts) attempts, \(interventions) interventions, built in \(Self.ms(built.elapsed)); "
              + "a scan of \(findings) findings stored in \(Self.ms(scanned.elapsed))")
        let terminalSize = Size(width: parts[0], height: parts[1])
        let presses = presses
        try MainActor.assumeIsolated {
            try Self.runUI(path: path, size: terminalSize, presses: presses)
        }
    }

    @MainActor
    private static func runUI(path: String, size: Size, presses: Int) throws {
        try storeReads(path: path)
        let terminal = MemoryTerminal(size: size)
        let first = try measure { () throws -> (WorkbenchApp, EventLoop) in
            let workbench = try WorkspaceOpener.open(WorkspaceLocation(explicit: path))
            let app = WorkbenchApp(workbench: workbench, options: WorkbenchApp.Options(catalog: ShippedCatalog.loader))
            var loop = EventLoop(terminal: terminal)
            loop.drawFrame(app)
            return (app, loop)
        }
        print("first frame (open, load, draw the portfolio): \(ms(first.elapsed))   target < 300 ms")
        let app = first.value.0
        var loop = first.value.1
        func press(_ key: Key) -> Duration {
            let clock = ContinuousClock()
            let start = clock.now
            _ = app.handle(.key(key))
            loop.drawFrame(app)
            return clock.now - start
        }
        func series(_ name: String, _ keys: [Key]) {
            let times = keys.map(press).sorted()
            let median = times[times.count / 2]
            let worst = times.last ?? .zero
            print("  \(name): median \(ms(median)) per key, slowest \(ms(worst)) (\(keys.count) keys)")
        }
        print("key presses (handle + draw; target < 16 ms):")
        series("portfolio tree, scroll j", Array(repeating: .char("j"), count: presses))
        _ = press(.char("2"))
        series("attempts, scroll j", Array(repeating: .char("j"), count: presses))
        series("attempts, sort s", Array(repeating: .char("s"), count: min(presses, 50)))
        _ = press(.char("/"))
        series("attempts, filter typing", typing("codebase-1"))
        series("attempts, filter erasing", Array(repeating: .backspace, count: 10))
        _ = press(.escape)
        let open = press(.char("3"))
        print("  open the intervention log (reads every row): \(ms(open))")
        series("interventions, scroll j", Array(repeating: .char("j"), count: presses))
        series("interventions, page down", Array(repeating: .pageDown, count: min(presses, 100)))
        _ = press(.char("/"))
        series("interventions, filter typing", typing("kernel work"))
        series("interventions, filter erasing", Array(repeating: .backspace, count: 11))
        _ = press(.escape)
        let detail = press(.enter)
        print("  open an attempt from the log: \(ms(detail))")
        /// A key that starts background grouping: how long the key took, and how long
        /// until the groups were on screen (ticks every 5 ms meanwhile, each drawn).
        func grouped(_ key: Key, _ name: @autoclosure () -> String) {
            let clock = ContinuousClock()
            let start = clock.now
            let answered = press(key)
            var ticks = 0
            while app.isGroupingScan {
                Thread.sleep(forTimeInterval: 0.005)
                _ = app.handle(.tick)
                loop.drawFrame(app)
                ticks += 1
            }
            print("  \(name()): key \(ms(answered)), groups on screen after \(ms(clock.now - start)) (\(ticks) live frames meanwhile)")
        }
        grouped(.char("4"), "open the scan screen (group \(app.scanFindingCount) findings by family)")
        series("scan groups, scroll j", Array(repeating: .char("j"), count: 12))
        grouped(.char("b"), "regroup by file (b)")
        series("scan files, scroll j (reads each file's findings)", Array(repeating: .char("j"), count: presses))
        grouped(.char("b"), "regroup by effort (b)")
        grouped(.char("t"), "efforts on another target (t, from the stored mappings)")
        _ = press(.tab)
        series("scan findings, scroll j", Array(repeating: .char("j"), count: presses))
        print("  open a finding (Enter): \(ms(press(.enter)))")
        _ = press(.escape)
        print("  open the catalog screen (loads the catalog): \(ms(press(.char("6"))))")
        _ = press(.char("/"))
        series("catalog, search typing", typing("cudaMemcpyAsync"))
        series("catalog, search erasing", Array(repeating: .backspace, count: 15))
        _ = press(.escape)
    }

    /// A scan of `findings` findings over 2,000 files and the catalog's families, with
    /// mappings for three targets, stored against the first attempt.
    static func buildScan(at path: String, findings count: Int) throws {
        guard count > 0 else { return }
        let workbench = try WorkspaceOpener.open(WorkspaceLocation(explicit: path))
        let efforts: [Effort] = [.direct, .mechanical, .mechanical, .rewrite, .blocker, .direct, .unknown]
        let families = ["runtime", "kernel-syntax", "cublas", "device-intrinsics", "pytorch", "build", "nccl", "cudnn"]
        let mappings = [
            #"{"ascend":{"effort":"mechanical","replacement":"aclrtMemcpy"},"hip":{"effort":"direct","replacement":"hipMemcpy"},"sycl":{"effort":"mechanical"}}"#,
            #"{"ascend":{"effort":"blocker","note":"no warp shuffles"},"hip":{"effort":"mechanical","replacement":"__shfl_down"},"sycl":{"effort":"rewrite"}}"#,
        ]
        let scan = Scan(codebaseId: nil, attemptId: nil, root: "/src/large", gitRevision: nil, target: "ascend",
                        chipGeneration: "a2", catalogVersion: nil, startedAt: "2026-11-20T09:00:00Z", durationMs: 4000,
                        filesScanned: 2000, bytesScanned: 400_000_000, filesSkipped: 0, findingCount: 0)
        let rows = (0..<count).map { (index: Int) -> Finding in
            Finding(scanId: 0, file: "src/module\(index % 40)/file\(index % 2000).cu", line: Int64(index / 2000 + 1), column: 5,
                    symbol: "cudaSymbol\(index % 500)", kind: "function", family: families[index % families.count],
                    language: "cuda", effort: efforts[index % efforts.count], replacement: "aclSymbol\(index % 500)",
                    note: nil, mappings: mappings[index % mappings.count], snippet: "    cudaSymbol(\(index));")
        }
        let attempt = try workbench.attempts().first?.id
        try workbench.saveScan(scan, findings: rows, attempt: attempt)
        try workbench.checkpoint()
    }

    /// What the first frame reads, call by call, on a second connection (warm cache).
    private static func storeReads(path: String) throws {
        let workbench = try WorkspaceOpener.open(WorkspaceLocation(explicit: path))
        let calls: [(String, () throws -> Void)] = [
            ("overview", { _ = try workbench.overview() }),
            ("teams", { _ = try workbench.teams() }),
            ("codebases", { _ = try workbench.codebases() }),
            ("attempts", { _ = try workbench.attempts() }),
            ("metrics", { _ = try workbench.attemptMetrics() }),
            ("interventions", { _ = try workbench.interventions() }),
        ]
        let parts = try calls.map { name, call in "\(name) \(ms(try measure(call).elapsed))" }
        print("store reads: " + parts.joined(separator: ", "))
    }

    private static func typing(_ text: String) -> [Key] { text.map { Key.char($0) } }

    /// Teams, codebases and attempts one by one (as people add them), then the
    /// interventions in one bulk transaction.
    static func build(at path: String, attempts: Int, interventions: Int) throws {
        let workbench = try WorkspaceOpener.open(WorkspaceLocation(explicit: path))
        let teams = 20
        let codebasesPerTeam = 10
        var attemptIDs: [Int64] = []
        let targets: [(Target, Strategy)] = [(.ascend, .nativeCANN), (.ascend, .torchNPU), (.hip, .hip), (.sycl, .sycl), (.ascend, .onnx)]
        let statuses = AttemptStatus.allCases
        for team in 0..<teams {
            try workbench.addTeam(name: "team-\(team)", org: "org-\(team % 4)", lead: "lead-\(team)")
            for codebase in 0..<codebasesPerTeam {
                try workbench.addCodebase(name: "codebase-\(team)-\(codebase)", team: "team-\(team)", language: "C++")
            }
        }
        for index in 0..<attempts {
            let codebase = index % (teams * codebasesPerTeam)
            let road = targets[index % targets.count]
            let attempt = try workbench.addAttempt(AttemptDraft(
                codebase: "codebase-\(codebase / codebasesPerTeam)-\(codebase % codebasesPerTeam)", target: road.0, strategy: road.1,
                status: statuses[index % statuses.count], title: "attempt \(index) of codebase \(codebase)"))
            attemptIDs.append(attempt.id!)
        }
        let kinds = InterventionKind.allCases
        var drafts: [InterventionDraft] = []
        drafts.reserveCapacity(interventions)
        for index in 0..<interventions {
            drafts.append(InterventionDraft(
                attemptId: attemptIDs[index % attemptIDs.count], engineer: "engineer-\(index % 40)",
                hours: Double(index % 16 + 1) / 2, kind: kinds[index % kinds.count],
                summary: "kernel work \(index) on the stencil and its halo exchange",
                date: try DayDate(parsing: "2025-\(String(format: "%02d", index % 12 + 1))-\(String(format: "%02d", index % 28 + 1))"),
                outcome: .resolved))
        }
        try workbench.logInterventions(drafts)
        try workbench.checkpoint()
    }

    static func measure<T>(_ body: () throws -> T) rethrows -> (value: T, elapsed: Duration) {
        let clock = ContinuousClock()
        let start = clock.now
        let value = try body()
        return (value, clock.now - start)
    }

    static func ms(_ duration: Duration) -> String {
        let parts = duration.components
        let value = Double(parts.seconds) * 1000 + Double(parts.attoseconds) / 1e15
        return String(format: "%.2f ms", value)
    }
}
