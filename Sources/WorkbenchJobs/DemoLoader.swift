import CUDAScan
import Foundation
import WorkbenchStore

/// Loads the demo migration programme: the workspace document, a scan of the shipped
/// sample codebase and the recorded benchmark sessions. The command line's `demo` and the
/// workbench's `d` both use it, so both load the same thing.
public enum DemoLoader {
    /// The demo codebase and attempt the sample tree is scanned into.
    public static let scannedCodebase = "detector-train"
    /// The attempt the sample scan belongs to.
    public static let scannedAttempt = "detector-train via torch_npu"

    /// Merges `demo/workspace.json` from `dataDirectory` into `workbench`, scans `samples`
    /// into the detector-train attempt unless it already has a scan, and stores the
    /// sessions in `demo/bench` unless the OpenCL attempt already has some.
    ///
    /// `catalog` is asked for only when the scan is needed.
    public static func load(
        into workbench: Workbench, dataDirectory data: String, catalog: () throws -> Catalog
    ) throws -> ImportSummary {
        let path = (data as NSString).appendingPathComponent("demo/workspace.json")
        var summary = try workbench.importDocument(try WorkspaceDocument.load(path: path))
        let attempts = try workbench.attempts(AttemptFilter(codebase: scannedCodebase))
        if let attempt = attempts.first(where: { $0.title == scannedAttempt }),
           try workbench.scans(attempt: attempt.id).isEmpty
        {
            let samples = (data as NSString).appendingPathComponent("samples")
            let report = try Scanner(catalog: try catalog(), options: ScanOptions(target: .ascend, useGit: false))
                .scan(root: URL(fileURLWithPath: samples))
            let (scan, findings) = ScanRecords.records(
                for: report, startedAt: workbench.clock.now(), gitRevision: nil, catalogVersion: nil)
            try workbench.saveScan(scan, findings: findings, attempt: attempt.id)
            summary.scansAdded += 1
        }
        summary.benchSessionsAdded += try DemoBench.load(
            into: workbench, directory: (data as NSString).appendingPathComponent("demo/bench"))
        return summary
    }

    /// One line saying what a load added.
    public static func describe(_ summary: ImportSummary) -> String {
        if summary.addedNothing { return "demo workspace already loaded; nothing added" }
        return "demo workspace loaded: \(summary.teamsAdded) teams, \(summary.codebasesAdded) codebases, "
            + "\(summary.attemptsAdded) attempts, \(summary.eventsAdded) status events, "
            + "\(summary.interventionsAdded) interventions"
            + (summary.scansAdded > 0 ? ", \(summary.scansAdded) scan of Data/samples" : "")
            + (summary.benchSessionsAdded > 0 ? ", \(summary.benchSessionsAdded) benchmark session" : "")
    }
}
