import Foundation
import TerminalCore
import WorkbenchJobs
import WorkbenchStore
import WorkbenchWidgets

/// Long work in the background: starting a scan or a benchmark run, following its
/// progress on every tick, landing its outcome, and asking before quitting under it.
extension WorkbenchApp {
    /// Quits, or asks first when a background job would be lost.
    func requestQuit() {
        guard let job, job.outcome == nil else {
            finished = true
            return
        }
        let progress = job.progress
        let done = progress.fraction.map { " (\(Int(($0 * 100).rounded()))% done)" } ?? ""
        overlay = .confirmQuit(ConfirmDialog(
            title: "Stop the \(job.title) and quit?",
            message: "The \(job.title) is still running\(done). Quitting stops it and stores nothing of it. Quit anyway?",
            confirmLabel: "Quit", cancelLabel: "Keep running"))
    }

    /// Stops the job (a benchmark run stops between samples) and quits.
    func abandonJobAndQuit() {
        job?.cancellation.cancel()
        finished = true
    }

    /// Lands a finished job; returns whether the screen changed (always while one runs, for the bar).
    func checkJob() -> Bool {
        guard let running = job else { return false }
        guard let outcome = running.outcome else { return true }
        job = nil
        flash = nil
        switch outcome {
        case .finished(let message):
            announce(message)
            reload()
            if currentScreen == .scan { scans.reload(from: workbench, showNewest: running.kind == .scan) }
            if currentScreen == .benchmarks { benchmarks.reload(from: workbench, showNewest: running.kind == .bench) }
        case .failed(let message):
            toasts.post("\(running.title) failed: \(message)", kind: .error, now: clock.now())
        case .cancelled:
            flash = "\(running.title) cancelled; nothing stored"
        }
        return true
    }

    /// Whether a new job may start; says why not when it may not.
    private func mayStartJob() -> Bool {
        guard options.startsJobs else {
            flash = "background jobs are off in this workbench"
            return false
        }
        guard let job, job.outcome == nil else { return true }
        flash = "\(job.title) is still running; one job at a time"
        return false
    }

    /// Opens the scan form.
    func openScanForm() {
        guard mayStartJob() else { return }
        guard options.catalog != nil else {
            flash = "scanning needs the catalog, which this workbench was not given"
            return
        }
        let attempt: Int64? = detail?.attemptID
        overlay = .form(.startScan, JobForms.scan(path: lastScanPath ?? ".", attempt: attempt))
    }

    /// Opens the benchmark form.
    func openBenchForm() {
        guard mayStartJob() else { return }
        guard options.benchPorts != nil else {
            flash = "the kernel suite cannot be run from this workbench"
            return
        }
        overlay = .form(.startBench, JobForms.bench(attempt: detail?.attemptID))
    }

    /// Starts a scan of `path` in the background.
    func startScan(path: String, target: String, attempt: Int64?) {
        guard mayStartJob(), let loadCatalog = options.catalog else { return }
        let expanded = (path.trimmingCharacters(in: .whitespaces) as NSString).expandingTildeInPath
        let root = expanded.hasPrefix("/") ? expanded
            : (FileManager.default.currentDirectoryPath as NSString).appendingPathComponent(expanded)
        guard FileManager.default.fileExists(atPath: root) else {
            flash = "no such file or directory: \(path)"
            return
        }
        if let attempt, snapshot.attempt(attempt) == nil {
            flash = "no attempt \(attempt) in this workspace"
            return
        }
        lastScanPath = root
        let name = (root as NSString).lastPathComponent
        let started = BackgroundJob(.scan, title: "scan of \(name)", startedAt: clock.now())
        let scanTarget = CUDATarget(rawValue: target) ?? .ascend
        let workbench = self.workbench
        started.start { job in
            let saved = try ScanJob(path: root, target: scanTarget, attempt: attempt)
                .run(catalog: try loadCatalog(), into: workbench) { job.report($0) }
            return "scan #\(saved.id ?? 0) of \(name) stored: \(saved.findingCount) findings in \(saved.filesScanned) files"
        }
        job = started
        if currentScreen == .welcome { go(to: .scan, push: false) }
        flash = "scanning \(name) in the background"
    }

    /// Starts a run of the suite in the background.
    func startBench(values: [String: String]) {
        guard mayStartJob(), let loadPorts = options.benchPorts else { return }
        let attempt = JobForms.attempt(in: values)
        if let attempt, snapshot.attempt(attempt) == nil {
            flash = "no attempt \(attempt) in this workspace"
            return
        }
        let plan = JobForms.plan(from: values)
        let started = BackgroundJob(.bench, title: "benchmark run", startedAt: clock.now())
        let workbench = self.workbench
        let cancellation = started.cancellation
        started.start { job in
            let saved = try BenchJob(plan: plan, attempt: attempt, label: "workbench run, sizes \(plan.sizes.joined(separator: " "))")
                .run(ports: try loadPorts(), into: workbench, cancellation: cancellation) { job.report($0) }
            return "benchmark session #\(saved.id ?? 0) stored"
        }
        job = started
        flash = "running the kernel suite in the background"
    }

    /// Draws the running job's progress line above the footer.
    func renderJob(into canvas: inout Canvas, theme: Theme) {
        guard let job, size.height >= 3 else { return }
        let line = Rect(x: 0, y: size.height - 2, width: size.width, height: 1)
        let progress = job.progress
        let elapsed = clock.now() - job.startedAt
        let remaining = progress.fraction.flatMap { ProgressBar.estimateRemaining(fraction: $0, elapsedSeconds: elapsed) }
        ProgressBar(label: "\(job.title): \(progress.message)", fraction: progress.fraction, remainingSeconds: remaining,
                    phase: Int(elapsed * 10)).render(into: &canvas, in: line, theme: theme)
    }
}
