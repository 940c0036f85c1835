import ArgumentParser
import WorkbenchStore

/// `drawbridge log`: records one intervention by an embedded engineer.
struct LogCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "log", abstract: "Log an intervention: who helped which attempt, how long, doing what.")

    @OptionGroup var workspace: WorkspaceOptions
    @Option(help: "Attempt id.") var attempt: Int64
    @Option(help: "Who helped (a role name such as embedded-eng-1).") var engineer: String
    @Option(parsing: .unconditional, help: "Hours spent (a number greater than 0, e.g. 1.5).") var hours: String
    @Option(help: "Kind of work.") var kind: InterventionKind
    @Option(help: "What was done.") var summary: String
    @Option(help: "The day, YYYY-MM-DD (default: today).") var date: String?
    @Option(help: "How it ended.") var outcome: InterventionOutcome?
    @Option(help: "The id of a scan finding this work addressed.") var finding: Int64?

    func run() throws {
        guard let hoursValue = Double(hours), hoursValue.isFinite else {
            throw StoreError.invalidValue(field: "hours", value: hours, reason: "must be a number greater than 0")
        }
        let day = try date.map { text throws(StoreError) in try DayDate(parsing: text) }
        let logged = try workspace.open().logIntervention(InterventionDraft(
            attemptId: attempt, engineer: engineer, hours: hoursValue, kind: kind, summary: summary,
            date: day, outcome: outcome, findingId: finding))
        print("logged intervention \(logged.id ?? 0): \(NumberText.hours(logged.hours)) \(logged.kind.rawValue) on attempt \(attempt) (\(logged.date))")
    }
}
