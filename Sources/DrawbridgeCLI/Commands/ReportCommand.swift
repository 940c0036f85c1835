import ArgumentParser
import Foundation
import WorkbenchReports
import WorkbenchStore

extension ReportFormat: ExpressibleByArgument {}

/// `drawbridge report`: a migration story a lead can send — one attempt, a codebase, a
/// team or the whole portfolio — as Markdown, self-contained HTML or JSON.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write a migration report: an attempt, a codebase, a team or the portfolio.",
        discussion: """
            Give exactly one of --attempt, --codebase, --team, --portfolio. Markdown uses tables and text \
            bar charts; HTML is one self-contained file (inline CSS and SVG charts, no scripts) that \
            prints cleanly; JSON carries the same numbers for other tools. The workspace is only read.

            Example:
              drawbridge report --attempt 7 --format html --output attempt-7.html
              drawbridge report --portfolio --since 2026-07-01
            """)

    @OptionGroup var workspace: WorkspaceOptions
    @Option(help: "Report on this attempt (id).") var attempt: Int64?
    @Option(help: "Report on every attempt of this codebase (name).") var codebase: String?
    @Option(help: "Report on every attempt of this team (name).") var team: String?
    @Flag(help: "Report on every team.") var portfolio = false
    @Option(help: "Output format.") var format: ReportFormat = .markdown
    @Option(help: ArgumentHelp("Write to this file (atomically) instead of standard output.", valueName: "file"))
    var output: String?
    @Option(help: ArgumentHelp("Count interventions, events, scans and benchmark sessions from this day on.", valueName: "YYYY-MM-DD"))
    var since: String?

    func validate() throws {
        let given = [attempt != nil, codebase != nil, team != nil, portfolio].filter { $0 }.count
        guard given == 1 else {
            throw ValidationError(given == 0
                ? "say what to report on: --attempt ID, --codebase NAME, --team NAME or --portfolio"
                : "give only one of --attempt, --codebase, --team, --portfolio")
        }
        if let since { _ = try DayDate(parsing: since) }
    }

    /// The scope the flags name.
    var scope: ReportScope {
        if let attempt { return .attempt(attempt) }
        if let codebase { return .codebase(codebase) }
        if let team { return .team(team) }
        return .portfolio
    }

    func run() throws {
        let day = try since.map { text throws(StoreError) in try DayDate(parsing: text) }
        let report = try Report.build(scope: scope, since: day, from: try workspace.open())
        try OutputDestination.write(report.render(format), to: output)
        if let output, output != "-" { CommandEnvironment.printError("report written to \(TerminalSafe.text(output))") }
    }
}
