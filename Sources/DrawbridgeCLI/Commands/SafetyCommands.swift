import ArgumentParser
import Foundation
import WorkbenchStore

/// `drawbridge backup FILE`: a consistent copy of the workspace while others write to it.
struct BackupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backup", abstract: "Copy the workspace to FILE with SQLite's online backup (safe while others write).",
        discussion: """
            The copy is one consistent snapshot, written beside FILE, checked (integrity and foreign \
            keys) and only then renamed into place; an existing FILE is kept unless --replace is given. \
            Example: drawbridge backup ~/backups/programme-2026-11-21.sqlite
            """)

    @OptionGroup var workspace: WorkspaceOptions
    @Argument(help: "The backup file to write.") var file: String
    @Flag(help: "Replace FILE when it exists.") var replace = false

    func run() throws {
        let report: IntegrityReport
        do {
            report = try workspace.open().backup(to: file, replace: replace)
        } catch StoreError.alreadyExists {
            throw BackupExists(path: file)
        }
        let rows = report.rowCounts.values.reduce(0, +)
        print("backed up to \(TerminalSafe.text(file)): \(rows) rows in \(report.rowCounts.count) tables, integrity ok")
    }
}

/// The backup file is there already and `--replace` was not given.
struct BackupExists: Error, CustomStringConvertible {
    let path: String
    var description: String { "'\(TerminalSafe.text(path))' already exists; --replace overwrites it" }
}

/// `drawbridge check`: is the workspace file sound?
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check", abstract: "Check the workspace: SQLite integrity, foreign keys, schema, row counts.",
        discussion: "Exit status 0 when the file is sound, 1 when a check finds a problem (each is listed).")

    @OptionGroup var workspace: WorkspaceOptions
    @Option(help: "Output format.") var format: DetailFormat = .text

    func run() throws {
        let workbench = try workspace.open()
        let report = try workbench.check()
        switch format {
        case .json:
            print(try JSONRenderer.render(report))
        case .text:
            print("workspace \(TerminalSafe.text(workbench.path))")
            print("integrity    " + (report.integrity == ["ok"] ? "ok" : "\(report.integrity.count) problems"))
            for line in report.integrity where line != "ok" { print("  " + TerminalSafe.text(line)) }
            print("foreign keys " + (report.foreignKeyViolations.isEmpty ? "ok" : "\(report.foreignKeyViolations.count) rows point at missing parents"))
            for violation in report.foreignKeyViolations.prefix(50) {
                print("  \(violation.table) row \(violation.rowId.map(String.init) ?? "?") → missing \(violation.parent)")
            }
            print("scans        " + (report.incompleteScans.isEmpty ? "ok, every scan whole"
                : "incomplete: " + report.incompleteScans.map { "#\($0)" }.joined(separator: ", ")))
            print("schema       " + report.migrations.joined(separator: ", "))
            let counts = report.rowCounts.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }
            print("rows         " + counts.joined(separator: ", "))
        }
        if !report.isHealthy { throw ExitCode.failure }
    }
}

/// `drawbridge export FILE`: the whole workspace as one JSON document.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export", abstract: "Write the whole workspace (teams … interventions, scans, benchmark sessions) as JSON.",
        discussion: """
            The document (schema drawbridge.workspace/1) imports into another workspace with \
            'drawbridge import', which merges teams, codebases and attempts by name and adds nothing \
            twice. FILE '-' writes to standard output.
            """)

    @OptionGroup var workspace: WorkspaceOptions
    @Argument(help: "The JSON file to write ('-' for standard output).") var file: String

    func run() throws {
        let document = try workspace.open().exportDocument()
        let data = try Workbench.encode(document)
        try OutputDestination.write(String(decoding: data, as: UTF8.self), to: file)
        if file != "-" {
            let attempts = document.teams.flatMap(\.codebases).flatMap(\.attempts)
            CommandEnvironment.printError("exported \(document.teams.count) teams, \(attempts.count) attempts, "
                + "\(attempts.map(\.interventions.count).reduce(0, +)) interventions to \(TerminalSafe.text(file))")
        }
    }
}

/// `drawbridge import FILE`: merge a workspace document into this workspace.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import", abstract: "Merge a workspace JSON document (from 'drawbridge export') into this workspace.",
        discussion: """
            Teams, codebases and attempts are matched by name, events, interventions, scans and sessions \
            by their content, so importing the same file twice adds nothing. The whole document is checked \
            first and written in one transaction: a bad document changes nothing.
            """)

    @OptionGroup var workspace: WorkspaceOptions
    @Argument(help: "The JSON document to read.") var file: String

    func run() throws {
        let document = try WorkspaceDocument.load(path: file)
        let summary = try workspace.open().importDocument(document)
        if summary.addedNothing {
            print("nothing to add: everything in \(TerminalSafe.text(file)) is already here")
        } else {
            let counts = [(summary.teamsAdded, "team"), (summary.codebasesAdded, "codebase"), (summary.attemptsAdded, "attempt"),
                          (summary.eventsAdded, "status event"), (summary.interventionsAdded, "intervention"),
                          (summary.scansAdded, "scan"), (summary.benchSessionsAdded, "benchmark session")]
            let added = counts.map { "\($0.0) \($0.1)\($0.0 == 1 ? "" : "s")" }.joined(separator: ", ")
            print("imported \(added) (\(summary.alreadyPresent) already present)")
        }
    }
}
