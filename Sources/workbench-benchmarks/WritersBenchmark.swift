import ArgumentParser
import Foundation
import WorkbenchPostgres
import WorkbenchStore

/// Several processes logging into one workspace at once, each entry its own transaction
/// (as `drawbridge log` from many sites): then every entry is counted, so a lost or
/// doubled row shows.
struct WritersBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "writers",
        abstract: "N processes each log M interventions into one workspace; count lost, duplicated and failed.",
        discussion: "Target: processes x count rows, 0 lost, 0 duplicated, 0 errors, on a SQLite file and on PostgreSQL.")

    @Option(help: "Workspace: a SQLite file or a postgres:// URL (an empty or fresh workspace).") var db: String
    @Option(help: "Writer processes.") var processes = 8
    @Option(help: "Interventions each process logs.") var count = 500
    @Option(help: .hidden) var child: Int?
    @Option(help: .hidden) var attempt: Int64?

    func run() throws {
        guard processes > 0, count > 0 else { throw ValidationError("--processes and --count must be at least 1") }
        if let child, let attempt { return try write(as: child, attempt: attempt) }
        let workbench = try WorkspaceOpener.open(WorkspaceLocation(explicit: db))
        let tag = "writers-\(UUID().uuidString.prefix(8))"
        try workbench.addTeam(name: tag)
        try workbench.addCodebase(name: tag + "-code", team: tag)
        let target = try workbench.addAttempt(AttemptDraft(codebase: tag + "-code", target: .hip)).id!
        let executable = URL(fileURLWithPath: CommandLine.arguments[0]).standardizedFileURL
        let clock = ContinuousClock()
        let start = clock.now
        let children = try (0..<processes).map { index -> (Process, Pipe) in
            let process = Process()
            process.executableURL = executable
            process.arguments = ["writers", "--db", db, "--count", String(count), "--child", String(index), "--attempt", String(target)]
            let errors = Pipe()
            process.standardError = errors
            try process.run()
            return (process, errors)
        }
        var errorLines: [String] = []
        for (process, pipe) in children {
            let text = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            errorLines += text.split(separator: "\n").map(String.init)
            if process.terminationStatus != 0 && text.isEmpty { errorLines.append("a writer exited with \(process.terminationStatus)") }
        }
        let elapsed = clock.now - start
        let logged = try workbench.interventions(InterventionFilter(attemptId: target))
        let expected = Set((0..<processes).flatMap { writer in (0..<count).map { "writer \(writer) entry \($0)" } })
        let seen = logged.map(\.summary)
        let distinct = Set(seen)
        let lost = expected.subtracting(distinct).count
        let duplicated = seen.count - distinct.count
        let seconds = BackendBenchmark.seconds(elapsed)
        print("\(processes) writers x \(count) interventions into \(workbench.path)")
        print("  rows \(seen.count) of \(expected.count), lost \(lost), duplicated \(duplicated), errors \(errorLines.count)")
        print("  \(String(format: "%.2f", seconds)) s, \(String(format: "%.0f", Double(seen.count) / seconds)) commits per second")
        for line in errorLines.prefix(5) { print("  error: \(line)") }
        let report = try workbench.check()
        print("  check: \(report.isHealthy ? "ok" : "PROBLEM") (\(report.rowCounts["intervention"] ?? 0) interventions in the workspace)")
        if lost > 0 || duplicated > 0 || !errorLines.isEmpty { throw ExitCode(1) }
    }

    /// One writer: `count` entries, one transaction each; failures go to standard error.
    private func write(as writer: Int, attempt: Int64) throws {
        let workbench = try WorkspaceOpener.open(WorkspaceLocation(explicit: db))
        for entry in 0..<count {
            do {
                try workbench.logIntervention(InterventionDraft(
                    attemptId: attempt, engineer: "site-\(writer)", hours: 0.5, kind: .kernelPort,
                    summary: "writer \(writer) entry \(entry)"))
            } catch {
                FileHandle.standardError.write(Data("writer \(writer) entry \(entry): \(error)\n".utf8))
            }
        }
    }
}
