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

    /// Merges `Data/demo/workspace.json` into `workbench`, then scans `Data/samples` into
    /// the demo's detector-train attempt unless that attempt already has a scan.
    static func load(into workbench: Workbench) throws -> ImportSummary {
        let data = try DataDirectory.locate()
        let path = (data as NSString).appendingPathComponent("demo/workspace.json")
        var summary = try workbench.importDocument(try WorkspaceDocument.load(path: path))
        let attempts = try workbench.attempts(AttemptFilter(codebase: Self.scannedCodebase))
        if let attempt = attempts.first(where: { $0.title == Self.scannedAttempt }),
           try workbench.scans(attempt: attempt.id).isEmpty
        {
            let samples = (data as NSString).appendingPathComponent("samples")
            let scan = try DemoScan.run(samples: samples, clock: workbench.clock)
            try workbench.saveScan(scan.0, findings: scan.1, attempt: attempt.id)
            summary.scansAdded += 1
        }
        summary.benchSessionsAdded += try DemoBench.load(
            into: workbench, directory: (data as NSString).appendingPathComponent("demo/bench"))
        return summary
    }

    /// The demo codebase and attempt the sample tree is scanned into.
    static let scannedCodebase = "detector-train"
    static let scannedAttempt = "detector-train via torch_npu"

    /// One line saying what the load added.
    static func describe(_ summary: ImportSummary) -> String {
        if summary.addedNothing { return "demo workspace already loaded; nothing added" }
        return "demo workspace loaded: \(summary.teamsAdded) teams, \(summary.codebasesAdded) codebases, "
            + "\(summary.attemptsAdded) attempts, \(summary.eventsAdded) status events, "
            + "\(summary.interventionsAdded) interventions"
            + (summary.scansAdded > 0 ? ", \(summary.scansAdded) scan of Data/samples" : "")
            + (summary.benchSessionsAdded > 0 ? ", \(summary.benchSessionsAdded) benchmark session" : "")
    }
}
