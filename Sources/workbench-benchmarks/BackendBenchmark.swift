import ArgumentParser
import Foundation
import TerminalCore
import WorkbenchPostgres
import WorkbenchReports
import WorkbenchStore
import WorkbenchUI

/// The same large workspace in a SQLite file and in a PostgreSQL database, and the two
/// reads people wait for on it, timed side by side in one run: the portfolio report and
/// the workbench's first frame.
struct BackendBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backends",
        abstract: "Portfolio report and first frame: PostgreSQL beside SQLite on the same large workspace.",
        discussion: "Target: PostgreSQL within 2x of SQLite (ratio of medians, same run).")

    @Option(help: "An empty PostgreSQL database, postgres://user@host:port/dbname.") var postgres: String
    @Option(help: "Attempts to create (spread over 20 teams of 10 codebases).") var attempts = 1_000
    @Option(help: "Interventions to log, in one transaction.") var interventions = 100_000
    @Option(help: "Timed runs of each read on each backend, interleaved; medians are compared.") var runs = 5

    func run() throws {
        guard attempts > 0, interventions >= 0, runs > 0 else { throw ValidationError("counts must be positive") }
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("drawbridge-backends-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("bench.sqlite").path
        let locations = [("SQLite", file), ("PostgreSQL", postgres)]
        for (name, location) in locations {
            let built = try TUIBenchmark.measure {
                try TUIBenchmark.build(at: location, attempts: attempts, interventions: interventions)
                return try ReportBenchmark.addScansAndSessions(at: location, every: 10)
            }
            print("\(name): \(attempts) attempts, \(interventions) interventions, \(built.value.scans) scans, "
                  + "\(built.value.sessions) benchmark sessions, built in \(TUIBenchmark.ms(built.elapsed))")
        }
        var report: [[Duration]] = [[], []]
        var frame: [[Duration]] = [[], []]
        let runs = runs
        try MainActor.assumeIsolated {
            for _ in 0..<runs {
                for (index, location) in locations.enumerated() {
                    report[index].append(try TUIBenchmark.measure {
                        let workbench = try WorkspaceOpener.open(WorkspaceLocation(explicit: location.1))
                        return try Report.build(scope: .portfolio, from: workbench).render(.markdown)
                    }.elapsed)
                    frame[index].append(try Self.firstFrame(location.1))
                }
            }
        }
        func line(_ what: String, _ times: [[Duration]]) {
            let medians = times.map { $0.sorted()[$0.count / 2] }
            let ratio = Self.seconds(medians[1]) / max(Self.seconds(medians[0]), 1e-9)
            print("\(what): SQLite \(TUIBenchmark.ms(medians[0])), PostgreSQL \(TUIBenchmark.ms(medians[1])) "
                  + "(medians of \(runs)); PostgreSQL/SQLite \(String(format: "%.2f", ratio))x   target <= 2x")
        }
        line("portfolio report (open + build + render markdown)", report)
        line("first frame (open, load, draw the portfolio)", frame)
    }

    /// Opening the workspace, loading the workbench and drawing its first frame.
    @MainActor
    static func firstFrame(_ location: String) throws -> Duration {
        try TUIBenchmark.measure { () throws -> Void in
            let workbench = try WorkspaceOpener.open(WorkspaceLocation(explicit: location))
            let app = WorkbenchApp(workbench: workbench, options: WorkbenchApp.Options(catalog: ShippedCatalog.loader))
            var loop = EventLoop(terminal: MemoryTerminal(size: Size(width: 120, height: 40)))
            loop.drawFrame(app)
        }.elapsed
    }

    static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }
}
