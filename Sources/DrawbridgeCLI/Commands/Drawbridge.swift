import ArgumentParser
import Foundation
import WorkbenchJobs
import WorkbenchStore

/// `drawbridge`: the workbench for moving code off CUDA. With no subcommand it opens the
/// full-screen workbench in a terminal, or prints the workspace overview into a pipe.
public struct Drawbridge: ParsableCommand {
    /// Command name, abstract and subcommands.
    public static let configuration = CommandConfiguration(
        commandName: "drawbridge",
        abstract: "A workbench for migrating GPU code off CUDA: teams, attempts, interventions, scans, benchmarks.",
        discussion: """
            With no subcommand, opens the full-screen workbench when standard input and output are \
            a terminal, and prints the workspace overview (teams, attempts, hours) otherwise. \
            Every command takes --db PATH (or $DRAWBRIDGE_DB) to choose the workspace file.
            """,
        version: "0.1.0",
        subcommands: [
            DemoCommand.self, TeamCommand.self, CodebaseCommand.self, AttemptCommand.self,
            LogCommand.self, ListCommand.self, ShowCommand.self, ScanCommand.self, CatalogCommand.self, BenchCommand.self,
            BackupCommand.self, CheckCommand.self, ExportCommand.self, ImportCommand.self,
            ReportCommand.self,
        ])

    @OptionGroup var workspace: WorkspaceOptions

    @Flag(name: .long, help: "Load the demo workspace first (adds nothing when it is already there).")
    var demo = false

    @Flag(name: .long, help: "Full-screen workbench: do not capture the mouse (keeps the terminal's own text selection).")
    var noMouse = false

    @Flag(name: .long, help: "Full-screen workbench: no colours, attributes only (also when NO_COLOR is set).")
    var noColor = false

    /// Creates the command (ArgumentParser fills it in).
    public init() {}

    /// Opens the workbench, or shows the workspace overview when not in a terminal.
    public func run() throws {
        let workbench = try workspace.open()
        if demo {
            let summary = try DemoCommand.load(into: workbench)
            if !summary.addedNothing { CommandEnvironment.printError(DemoLoader.describe(summary)) }
        }
        if TerminalWorkbench.isInteractive {
            let mouse = !noMouse
            let noColor = noColor
            // ArgumentParser runs a synchronous command on the main thread.
            try MainActor.assumeIsolated {
                try TerminalWorkbench.run(workbench, mouse: mouse, noColor: noColor)
            }
            return
        }
        let overview = try workbench.overview()
        let attempts = try workbench.attempts()
        print(OverviewText.render(overview, attempts: attempts, width: CommandEnvironment.terminalWidth()), terminator: "")
    }
}
