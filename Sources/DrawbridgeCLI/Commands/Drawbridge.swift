import ArgumentParser
import Foundation
import WorkbenchStore

/// `drawbridge`: the workbench for moving code off CUDA. With no subcommand it shows the
/// workspace overview.
public struct Drawbridge: ParsableCommand {
    /// Command name, abstract and subcommands.
    public static let configuration = CommandConfiguration(
        commandName: "drawbridge",
        abstract: "A workbench for migrating GPU code off CUDA: teams, attempts, interventions, scans, benchmarks.",
        discussion: """
            With no subcommand, shows the workspace: its teams, attempts and hours. \
            Every command takes --db PATH (or $DRAWBRIDGE_DB) to choose the workspace file.
            """,
        version: "0.1.0",
        subcommands: [
            DemoCommand.self, TeamCommand.self, CodebaseCommand.self, AttemptCommand.self,
            LogCommand.self, ListCommand.self, ShowCommand.self, ScanCommand.self, CatalogCommand.self, BenchCommand.self,
        ])

    @OptionGroup var workspace: WorkspaceOptions

    @Flag(name: .long, help: "Load the demo workspace first (adds nothing when it is already there).")
    var demo = false

    /// Creates the command (ArgumentParser fills it in).
    public init() {}

    /// Shows the workspace overview.
    public func run() throws {
        let workbench = try workspace.open()
        if demo {
            let summary = try DemoCommand.load(into: workbench)
            if !summary.addedNothing { CommandEnvironment.printError(DemoCommand.describe(summary)) }
        }
        let overview = try workbench.overview()
        let attempts = try workbench.attempts()
        print(OverviewText.render(overview, attempts: attempts, width: CommandEnvironment.terminalWidth()), terminator: "")
    }
}
