import ArgumentParser
import Foundation
import WorkbenchJobs
import KernelBench
import WorkbenchStore

/// `drawbridge bench run`: measure ports against a baseline, verify their results, report loss.
struct BenchRunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run", abstract: "Run kernels on ports against a baseline; print loss with intervals and verdicts.",
        discussion: """
            Baseline and port samples are interleaved; each measurement stops on enough samples, time \
            and low noise (or stable noise), or at --max-time, and says which. A port whose checksum \
            differs from the baseline's is reported as WRONG and never timed. --self-check measures \
            each port against itself: it should say SAME, or the machine is too noisy to trust. \
            Ctrl-C stops between samples and saves nothing.
            """)

    @OptionGroup var workspace: WorkspaceOptions
    @Option(name: .customLong("kernel"), help: "Kernel to run (repeatable; default all).") var kernels: [String] = []
    @Option(name: .customLong("port"), help: "Port to compare (repeatable; default every available port).") var ports: [String] = []
    @Option(help: "The port every other is compared with.") var baseline = "c"
    @Option(name: .customLong("size"), help: "Problem size label, S, M or L (repeatable; default S M L).") var sizes: [String] = []
    @Option(help: "Longest a single measurement may take, seconds.") var maxTime: Double?
    @Option(help: "Practical-equivalence band in percent: within it a port is SAME.") var band: Double = 3
    @Flag(help: "Measure each selected port against itself (A/A).") var selfCheck = false
    @Option(name: .customLong("runner"), help: "An external runner's manifest (repeatable).") var runners: [String] = []
    @Option(help: "Output format.") var format: DetailFormat = .text
    @Flag(help: "Store the session and its results in the workspace.") var save = false
    @Option(help: "With --save: the attempt these numbers belong to.") var attempt: Int64?
    @Option(help: "With --save: a label for the session.") var label: String?

    func validate() throws {
        if !save && (attempt != nil || label != nil) { throw ValidationError("--attempt and --label go with --save") }
        guard band.isFinite, band >= 0, band < 100 else { throw ValidationError("--band must be a percentage from 0 to 100") }
        if let maxTime, !(maxTime.isFinite && maxTime > 0) { throw ValidationError("--max-time must be a positive number of seconds") }
        for name in kernels where KernelID(rawValue: name) == nil {
            throw ValidationError("unknown kernel '\(TerminalSafe.text(name))' (kernels: \(KernelID.allCases.map(\.rawValue).joined(separator: ", ")))")
        }
    }

    func run() throws {
        let workbench = save ? try workspace.open() : nil
        if let attempt, let workbench { _ = try workbench.attemptDetail(id: attempt) }
        var plan = selfCheck ? BenchPlan.selfCheck(ports: ports.isEmpty ? [baseline] : ports) : BenchPlan()
        if !kernels.isEmpty { plan.kernels = kernels.compactMap(KernelID.init(rawValue:)) }
        if !sizes.isEmpty { plan.sizes = sizes }
        if !selfCheck {
            plan.baseline = baseline
            plan.ports = ports
        } else if let first = ports.first {
            plan.baseline = first
        }
        plan.settings.band = band / 100
        if let maxTime { plan.settings.maxTime = maxTime }
        let runner = BenchRunner(ports: try BenchCommand.ports(runners: runners))
        let cancellation = CancellationToken()
        InterruptFlag.install(cancellation)
        let progress = ProgressLine()
        let session: KernelBench.BenchSession
        do {
            session = try runner.run(plan, cancellation: cancellation) { step in
                if step.phase == .skipped {
                    progress.finish()
                    CommandEnvironment.printError("skipped \(step.message)")
                    return
                }
                let fraction = step.total > 0 ? Double(step.step) / Double(step.total) : 0
                progress.update("bench " + ProgressLine.bar(fraction: fraction) + "  " + step.message)
            }
        } catch {
            progress.finish()
            if case .cancelled = error { throw ExitCode(130) }
            throw error
        }
        progress.finish()
        switch format {
        case .text: print(TableReportWriter.write(session), terminator: "")
        case .json: print(try JSONReportWriter.write(session))
        }
        if let workbench {
            let (stored, results) = BenchRecords.records(
                for: session, attempt: attempt, label: label ?? (selfCheck ? "self-check" : nil), source: "run",
                finishedAt: workbench.clock.now())
            let saved = try workbench.saveBenchSession(stored, results: results)
            CommandEnvironment.printError("saved bench session \(saved.id ?? 0): \(results.count) results")
        }
    }
}
