import ArgumentParser
import Foundation
import WorkbenchJobs
import WorkbenchStore

/// `drawbridge demo`: loads the demo migration programme into the workspace.
struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Load the demo workspace (teams, codebases, attempts, interventions).",
        discussion: "Running it again adds nothing: teams, codebases and attempts are matched by name.")

    @OptionGroup var workspace: WorkspaceOptions

    func run() throws {
        let workbench = try workspace.open()
        let summary = try Self.load(into: workbench)
        print(DemoLoader.describe(summary))
    }

    /// Loads the shipped demo (document, sample scan, benchmark sessions) into `workbench`.
    static func load(into workbench: Workbench) throws -> ImportSummary {
        try DemoLoader.load(into: workbench, dataDirectory: try DataDirectory.locate()) { try CatalogLocator.load() }
    }
}
