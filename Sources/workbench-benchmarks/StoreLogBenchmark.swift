import ArgumentParser
import Foundation
import WorkbenchPostgres
import WorkbenchStore

/// Times logging interventions one by one through the store API, as `drawbridge log` and
/// the TUI's form do, and reports the resulting file size.
struct StoreLogBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "store-log", abstract: "Time logging N interventions through the store API.")

    @Option(help: "How many interventions to log.") var count = 10_000
    @Option(help: "Workspace file to create (default: a temporary file, removed afterwards).") var db: String?

    func run() throws {
        guard count > 0 else { throw ValidationError("--count must be at least 1") }
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("drawbridge-bench-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { if db == nil { try? FileManager.default.removeItem(at: directory) } }
        let path = db ?? directory.appendingPathComponent("bench.sqlite").path
        let workbench = try WorkspaceOpener.open(WorkspaceLocation(explicit: path))
        try workbench.addTeam(name: "bench-team")
        try workbench.addCodebase(name: "bench-code", team: "bench-team")
        let attempt = try workbench.addAttempt(AttemptDraft(codebase: "bench-code", target: .hip))
        let kinds = InterventionKind.allCases
        let clock = ContinuousClock()
        let start = clock.now
        var slowest = Duration.zero
        for index in 0..<count {
            let before = clock.now
            try workbench.logIntervention(InterventionDraft(
                attemptId: attempt.id!, engineer: "embedded-eng-\(index % 7)", hours: Double(index % 16 + 1) / 2,
                kind: kinds[index % kinds.count], summary: "benchmark intervention \(index): kernel work on the stencil",
                date: try DayDate(parsing: "2025-\(String(format: "%02d", index % 12 + 1))-15"),
                outcome: .resolved))
            slowest = max(slowest, clock.now - before)
        }
        let elapsed = clock.now - start
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        let listed = try workbench.interventions().count
        try workbench.checkpoint()
        let fileBytes = Self.size(of: path)
        print("logged \(count) interventions (one transaction each) in \(String(format: "%.3f", seconds)) s")
        print("  \(String(format: "%.1f", Double(count) / seconds)) per second, \(String(format: "%.3f", seconds / Double(count) * 1000)) ms mean, slowest \(slowest)")
        print("  file \(path): \(fileBytes) bytes (\(String(format: "%.2f", Double(fileBytes) / 1_048_576)) MiB after a WAL checkpoint)")
        print("  rows listed back: \(listed)")
    }

    private static func size(of path: String) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int) ?? 0
    }
}
