import Foundation
import WorkbenchJobs
import WorkbenchStore

/// A real scan of the shipped sample codebase, stored against the demo's detector-train
/// attempt, so the scan and finding screens show what the scanner finds.
enum SampleScan {
    /// The demo attempt the scan belongs to (detector-train via torch_npu).
    static let attempt: Int64 = 7

    /// Scans `Data/samples` for Ascend and stores it.
    @discardableResult
    static func store(in workbench: Workbench) throws -> Scan {
        let samples = ScreenHarness.repositoryRoot.appendingPathComponent("Data/samples").path
        return try ScanJob(path: samples, target: .ascend, attempt: attempt)
            .run(catalog: try ScreenHarness.catalog(), into: workbench)
    }
}
