import ArgumentParser

/// Benchmarks that print figures; speed targets are checked here, never in timed tests.
@main
struct WorkbenchBenchmarks: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "workbench-benchmarks",
        abstract: "Drawbridge benchmarks: each prints its measured figures.",
        subcommands: [StoreLogBenchmark.self, WritersBenchmark.self, BackendBenchmark.self, TUIBenchmark.self, ReportBenchmark.self, CatalogBenchmark.self, LexerBenchmark.self])
}
