import ArgumentParser
import Foundation
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
        print(Self.describe(summary))
    }

    /// Merges `Data/demo/workspace.json` into `workbench`.
    static func load(into workbench: Workbench) throws -> ImportSummary {
        let data = try DataDirectory.locate()
        let path = (data as NSString).appendingPathComponent("demo/workspace.json")
        return try workbench.importDocument(try WorkspaceDocument.load(path: path))
    }

    /// One line saying what the load added.
    static func describe(_ summary: ImportSummary) -> String {
        if summary.addedNothing { return "demo workspace already loaded; nothing added" }
        return "demo workspace loaded: \(summary.teamsAdded) teams, \(summary.codebasesAdded) codebases, "
            + "\(summary.attemptsAdded) attempts, \(summary.eventsAdded) status events, "
            + "\(summary.interventionsAdded) interventions"
    }
}
