import CUDAScan
import Foundation

/// The catalog in the checkout's `Data/catalog` (the benchmarks run from a checkout).
enum ShippedCatalog {
    /// Loads the shipped catalog.
    static let loader: @Sendable () throws -> Catalog = {
        let data = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Data")
        return try Catalog.load(directories: [data.appendingPathComponent("catalog")])
    }
}
