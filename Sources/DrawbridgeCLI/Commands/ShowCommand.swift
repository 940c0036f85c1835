import ArgumentParser
import Foundation
import WorkbenchStore

/// `drawbridge show attempt ID`: one attempt with its history, interventions and hours.
struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show", abstract: "Show one record in full.", subcommands: [Attempt.self, Scan.self])

    /// `drawbridge show attempt ID`.
    struct Attempt: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "attempt", abstract: "An attempt with its status history, interventions and hour totals.")

        @OptionGroup var workspace: WorkspaceOptions
        @Argument(help: "Attempt id.") var id: Int64
        @Option(help: "Output format.") var format: DetailFormat = .text

        func run() throws {
            let detail = try workspace.open().attemptDetail(id: id)
            switch format {
            case .text:
                print(AttemptDetailText.render(detail, width: CommandEnvironment.terminalWidth()), terminator: "")
            case .json:
                print(try JSONRenderer.render(detail))
            }
        }
    }

    /// `drawbridge show scan ID`.
    struct Scan: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "scan", abstract: "A stored scan: its counts and every finding.")

        @OptionGroup var workspace: WorkspaceOptions
        @Argument(help: "Scan id.") var id: Int64
        @Option(help: "Only findings at this effort.") var effort: Effort?
        @Option(help: "Output format.") var format: OutputFormat = .table

        func run() throws {
            let workbench = try workspace.open()
            let summary = try workbench.scan(id: id)
            var findings = try workbench.findings(scan: id)
            if let effort { findings = findings.filter { $0.effort == effort } }
            if format == .table {
                let scan = summary.scan
                let counts = Effort.allCases.compactMap { effort in
                    summary.findingsByEffort[effort.rawValue].map { "\($0) \(effort.rawValue)" }
                }.joined(separator: ", ")
                print("Scan \(id) of \(TerminalSafe.text(scan.root)) · \(scan.target)"
                      + (scan.chipGeneration.map { " (\($0))" } ?? "") + " · \(scan.startedAt)")
                print("  \(scan.filesScanned) files, \(scan.findingCount) findings (\(counts.isEmpty ? "none" : counts))"
                      + (scan.gitRevision.map { " · git \($0.prefix(12))" } ?? ""))
                print("")
            }
            print(format.render(.findings(findings), terminalWidth: CommandEnvironment.terminalWidth(),
                                emptyMessage: "no findings"), terminator: "")
        }
    }
}
