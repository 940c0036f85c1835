import CUDAScan
import Foundation
import WorkbenchStore

/// A scan of a directory that lands in the store: what the workbench's `s` runs in the
/// background, with the same rows `drawbridge scan --save` writes.
public struct ScanJob: Sendable {
    /// The directory or file to scan.
    public var path: String
    /// The target whose replacements and efforts are stored.
    public var target: CUDAScan.Target
    /// The attempt the scan measures, when one.
    public var attempt: Int64?

    /// A scan of `path` for `target`, linked to `attempt`.
    public init(path: String, target: CUDAScan.Target = .ascend, attempt: Int64? = nil) {
        self.path = path
        self.target = target
        self.attempt = attempt
    }

    /// Scans and saves in one transaction; returns the stored scan. Nothing is stored
    /// when scanning fails.
    public func run(
        catalog: Catalog, into workbench: Workbench, progress: @escaping @Sendable (JobProgress) -> Void = { _ in }
    ) throws -> WorkbenchStore.Scan {
        let started = workbench.clock.now()
        let root = (path as NSString).standardizingPath
        let report = try Scanner(catalog: catalog, options: ScanOptions(target: target)).scan(root: URL(fileURLWithPath: root)) { step in
            guard step.listingComplete else {
                progress(JobProgress(fraction: nil, message: "\(step.filesDone) files, \(step.filesTotal) found so far"))
                return
            }
            let fraction = step.filesTotal > 0 ? Double(step.filesDone) / Double(step.filesTotal) : nil
            progress(JobProgress(fraction: fraction, message: "\(step.filesDone)/\(step.filesTotal) files"))
        }
        progress(JobProgress(fraction: 1, message: "saving \(report.findings.count) findings"))
        return try Self.save(report, of: root, startedAt: started, into: workbench, attempt: attempt)
    }

    /// Stores a finished scan of `path` with the git revision it was checked out at.
    public static func save(
        _ report: ScanReport, of path: String, startedAt: Date, into workbench: Workbench,
        codebase: String? = nil, attempt: Int64? = nil
    ) throws(StoreError) -> WorkbenchStore.Scan {
        let root = (path as NSString).standardizingPath
        var isDirectory: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: root, isDirectory: &isDirectory)
        let directory = exists && isDirectory.boolValue ? root : (root as NSString).deletingLastPathComponent
        let (scan, findings) = ScanRecords.records(
            for: report, startedAt: startedAt, gitRevision: GitRevision.of(directory), catalogVersion: nil)
        return try workbench.saveScan(scan, findings: findings, codebase: codebase, attempt: attempt)
    }
}
