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
            Each comparison is measured in rounds (an external runner in a fresh process every round), \
            baseline and port samples interleaved in a seeded ABBA/BAAB order; the 95% interval is that \
            of the median round ratio, so it holds across processes and stretches of time. A comparison \
            stops once its interval is narrow enough (--interval-target) or stable, after --max-rounds, \
            or at --max-time, and says which. A port whose checksum differs from the baseline's is \
            reported as WRONG and never timed. --self-check measures each port against itself (an \
            external runner: two independent processes of it): it should say SAME, or the machine is \
            too noisy to trust. Ctrl-C stops between samples and saves nothing.
            """)

    @OptionGroup var workspace: WorkspaceOptions
    @Option(name: .customLong("kernel"), help: "Kernel to run (repeatable; default all).") var kernels: [String] = []
    @Option(name: .customLong("port"), help: "Port to compare (repeatable; default every available port).") var ports: [String] = []
    @Option(help: "The port every other is compared with.") var baseline = "c"
    @Option(name: .customLong("size"), help: "Problem size label, S, M or L (repeatable; default S M L).") var sizes: [String] = []
    @Option(help: "Longest a single measurement may take, seconds.") var maxTime: Double?
    @Option(help: "Practical-equivalence band in percent: within it a port is SAME.") var band: Double = 3
    @Option(help: "Rounds each comparison takes at least (6 or more).") var rounds: Int?
    @Option(help: "Rounds after which a comparison stops.") var maxRounds: Int?
    @Option(help: "Stop a comparison once its 95% interval is within ± this many percent.") var intervalTarget: Double?
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
        if let rounds, !(6...1000).contains(rounds) {
            throw ValidationError("--rounds must be from 6 to 1000 (got \(rounds)): a 95% interval from rounds needs at least six")
        }
        if let maxRounds, !((rounds ?? 6)...1000).contains(maxRounds) {
            throw ValidationError("--max-rounds must be from --rounds (\(rounds ?? 6)) to 1000 (got \(maxRounds))")
        }
        if let intervalTarget, !(intervalTarget.isFinite && intervalTarget > 0 && intervalTarget < 100) {
            throw ValidationError("--interval-target must be a percentage between 0 and 100")
        }
        for name in kernels where KernelID(rawValue: name) == nil {
            throw ValidationError("unknown kernel '\(TerminalSafe.text(name))' (kernels: \(KernelID.allCases.map(\.rawValue).joined(separator: ", ")))")
        }
    }

    func run() throws {
        let workbench = save ? try workspace.open() : nil
        if let attempt, let workbench { _ = try workbench.attemptDetail(id: attempt) }
        let runnerPorts = try BenchCommand.ports(runners: runners)
        // `--self-check --runner M` with no --port checks the runners: two processes of each.
        let runnerNames = runnerPorts.suffix(runners.count).map(\.name)
        let checked = ports.isEmpty ? (runnerNames.isEmpty ? [baseline] : runnerNames) : ports
        var plan = selfCheck ? BenchPlan.selfCheck(ports: checked) : BenchPlan()
        if !kernels.isEmpty { plan.kernels = kernels.compactMap(KernelID.init(rawValue:)) }
        if !sizes.isEmpty { plan.sizes = sizes }
        if !selfCheck {
            plan.baseline = baseline
            plan.ports = ports
        } else if let first = checked.first {
            plan.baseline = first
        }
        plan.settings.band = band / 100
        if let maxTime { plan.settings.maxTime = maxTime }
        if let rounds {
            plan.settings.minRounds = rounds
            plan.settings.maxRounds = max(plan.settings.maxRounds, rounds)
        }
        if let maxRounds { plan.settings.maxRounds = maxRounds }
        if let intervalTarget { plan.settings.intervalTarget = intervalTarget / 100 }
        let runner = BenchRunner(ports: runnerPorts)
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
