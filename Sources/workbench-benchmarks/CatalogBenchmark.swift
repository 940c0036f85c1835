import ArgumentParser
import CUDAScan
import Foundation

/// Times loading the shipped catalog, which every scan does before it lexes its first file.
struct CatalogBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "catalog",
        abstract: "Time loading (reading, parsing, validating and indexing) the shipped catalog.",
        discussion: "Every `drawbridge scan` loads the catalog while it lists the tree, so the load is part of the scan's fixed cost.")

    @Option(help: "Timed loads; the median and the fastest are printed.") var runs = 25

    func run() throws {
        guard runs > 0 else { throw ValidationError("--runs must be positive") }
        var times: [Duration] = []
        var entries = 0
        for _ in 0..<runs {
            let timed = try TUIBenchmark.measure { try ShippedCatalog.loader() }
            times.append(timed.elapsed)
            entries = timed.value.count
        }
        times.sort()
        print("catalog load (\(entries) entries): median \(TUIBenchmark.ms(times[times.count / 2])), "
              + "fastest \(TUIBenchmark.ms(times[0])) of \(runs) loads, \(ProcessInfo.processInfo.activeProcessorCount) cores")
    }
}
