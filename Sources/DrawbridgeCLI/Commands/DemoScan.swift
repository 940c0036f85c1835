import CUDAScan
import Foundation
import WorkbenchStore

/// The scan of the shipped sample codebase that the demo workspace stores.
enum DemoScan {
    /// Scans `samples` for Ascend (A2) with the shipped catalog and returns the rows to store.
    static func run(samples: String, clock: WorkbenchClock) throws -> (WorkbenchStore.Scan, [WorkbenchStore.Finding]) {
        let catalog = try CatalogLocator.load()
        let report = try Scanner(catalog: catalog, options: ScanOptions(target: .ascend, useGit: false))
            .scan(root: URL(fileURLWithPath: samples))
        return ScanRecords.records(for: report, startedAt: clock.now(), gitRevision: nil, catalogVersion: nil)
    }
}
