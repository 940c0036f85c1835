import ArgumentParser
import CUDAScan
import Foundation
import WorkbenchJobs
import WorkbenchStore

/// `drawbridge scan`: find every CUDA tie in a tree; `scan diff` compares two stored scans.
struct ScanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scan", abstract: "Find every CUDA dependency in a source tree, with its replacement and effort.",
        discussion: "'drawbridge scan PATH [options]' runs the default subcommand, run; 'drawbridge scan run --help' lists its options.",
        subcommands: [ScanRunCommand.self, ScanDiffCommand.self], defaultSubcommand: ScanRunCommand.self)
}

/// `drawbridge scan PATH`.
struct ScanRunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run", abstract: "Scan a directory (or one file) for CUDA dependencies.",
        discussion: """
            Honours .gitignore in a git work tree (--include-ignored to read ignored files too), skips \
            binary, oversized and unreadable files and says why, and reads comments and strings as such. \
            Exit status 3 when --fail-on is given and a finding reaches that effort.
            """)

    @OptionGroup var workspace: WorkspaceOptions
    @Argument(help: "The directory or file to scan.") var path: String
    @Option(help: "The target whose replacements and efforts are reported.") var target: CUDAScan.Target = .ascend
    @Option(help: "The Ascend chip generation assumed (SIMT features exist only on 950).") var generation: ChipGeneration = .defaultGeneration
    @Option(help: "Output format.") var format: ReportFormat = .table
    @Option(help: "Write the report to this file instead of standard output.") var output: String?
    @Option(name: .customLong("exclude"), help: "Skip paths matching this glob (repeatable).") var excludes: [String] = []
    @Flag(help: "Also scan files that .gitignore excludes.") var includeIgnored = false
    @Option(help: "Exit with status 3 when any finding is at or above this effort (for CI).") var failOn: CUDAScan.Effort?
    @Flag(help: "Store the scan and its findings in the workspace.") var save = false
    @Option(help: "With --save: the codebase this tree is.") var codebase: String?
    @Option(help: "With --save: the attempt this scan measures.") var attempt: Int64?
    @Option(name: .customLong("catalog"), help: "An extra catalog directory (repeatable; later ones override).") var catalogs: [String] = []

    func validate() throws {
        if !save && (codebase != nil || attempt != nil) {
            throw ValidationError("--codebase and --attempt go with --save")
        }
    }

    func run() throws {
        // Source lines are cut out only when the report prints them or the scan is stored.
        let options = ScanOptions(
            target: target, generation: generation, excludes: excludes, includeIgnored: includeIgnored,
            snippets: save || format.usesSnippets)
        // Only a stored scan records when it started: the system clock loads the local time zone's data.
        let started = save ? CommandEnvironment.clock().now() : nil
        // The catalog loads while the tree is listed, and files are lexed as the listing finds them once it has
        // loaded. A bad catalog is reported first.
        let extraCatalogs = catalogs
        let loading = BackgroundResult { try CatalogLocator.load(extra: extraCatalogs) }
        let progress = ProgressLine()
        // No progress callback at all without a terminal: the scanner then keeps no tally.
        var onStep: (@Sendable (ScanProgress) -> Void)?
        if progress.enabled {
            onStep = { step in
                if step.listingComplete {
                    let fraction = step.filesTotal > 0 ? Double(step.filesDone) / Double(step.filesTotal) : 0
                    progress.update("scanning " + ProgressLine.bar(fraction: fraction) + "  \(step.filesDone)/\(step.filesTotal) files")
                } else {
                    let files = step.filesDone == 1 ? "1 file" : "\(step.filesDone) files"
                    progress.update("scanning  \(files), \(step.filesTotal) found so far (still listing)")
                }
            }
        }
        let report = try Scanner.scan(root: URL(fileURLWithPath: path), options: options, catalog: { try loading.value() },
                                      progress: onStep)
        progress.finish()
        let catalog = try loading.value()
        defer { KeptUntilExit.keep(report.findings, along: catalog) }
        // Streamed: a report of hundreds of thousands of findings is written as it is built.
        let stream = try ReportStream(to: output)
        try stream.finish(ReportWriter.render(report, as: format, catalog: catalog, drain: stream.drain))
        if let started { try store(report, started: started) }
        if let failOn, ReportWriter.failOn(report, threshold: failOn) {
            let count = report.findings.filter { ($0.effort(for: target) ?? .rewrite) >= failOn }.count
            CommandEnvironment.printError("scan: \(count) finding\(count == 1 ? "" : "s") at or above \(failOn.rawValue) on \(target.rawValue)")
            throw ExitCode(3)
        }
    }

    private func store(_ report: ScanReport, started: Date) throws {
        let saved = try ScanJob.save(
            report, of: path, startedAt: started, into: try workspace.open(), codebase: codebase, attempt: attempt)
        CommandEnvironment.printError("saved scan \(saved.id ?? 0): \(saved.findingCount) findings")
    }
}
