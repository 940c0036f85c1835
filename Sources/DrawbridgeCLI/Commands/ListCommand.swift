import ArgumentParser
import WorkbenchStore

/// `drawbridge list WHAT`: teams, codebases, attempts or interventions, as a table, CSV or JSON.
struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "List teams, codebases, attempts, interventions or stored scans.",
        discussion: """
            Filters: codebases take --team; attempts take --team, --codebase, --status, --target, \
            --since (status changed on or after); interventions take --team, --codebase, --attempt, \
            --engineer, --kind, --since (on or after); scans take --codebase, --attempt. JSON is an array of objects keyed by column name.
            """)

    /// What can be listed.
    enum Subject: String, ExpressibleByArgument, CaseIterable {
        case teams, codebases, attempts, interventions, scans
    }

    @OptionGroup var workspace: WorkspaceOptions
    @Argument(help: "What to list.") var subject: Subject
    @Option(help: "Output format.") var format: OutputFormat = .table
    @Option(help: "Only this team's.") var team: String?
    @Option(help: "Only this codebase's.") var codebase: String?
    @Option(help: "Only this attempt's interventions.") var attempt: Int64?
    @Option(help: "Only attempts with this status.") var status: AttemptStatus?
    @Option(help: "Only attempts on this target.") var target: Target?
    @Option(help: "Only this engineer's interventions.") var engineer: String?
    @Option(help: "Only interventions of this kind.") var kind: InterventionKind?
    @Option(help: "Only from this day on (YYYY-MM-DD).") var since: String?

    func validate() throws {
        let given: [(String, Bool)] = [
            ("--team", team != nil), ("--codebase", codebase != nil), ("--attempt", attempt != nil),
            ("--status", status != nil), ("--target", target != nil), ("--engineer", engineer != nil),
            ("--kind", kind != nil), ("--since", since != nil),
        ]
        let allowed: Set<String>
        switch subject {
        case .teams: allowed = []
        case .codebases: allowed = ["--team"]
        case .attempts: allowed = ["--team", "--codebase", "--status", "--target", "--since"]
        case .interventions: allowed = ["--team", "--codebase", "--attempt", "--engineer", "--kind", "--since"]
        case .scans: allowed = ["--codebase", "--attempt"]
        }
        for (flag, present) in given where present && !allowed.contains(flag) {
            throw ValidationError("\(flag) does not apply to 'list \(subject.rawValue)'")
        }
    }

    func run() throws {
        let day = try since.map { text throws(StoreError) in try DayDate(parsing: text) }
        let workbench = try workspace.open()
        let table: Tabular
        switch subject {
        case .teams:
            table = .teams(try workbench.teams())
        case .codebases:
            table = .codebases(try workbench.codebases(team: team))
        case .attempts:
            table = .attempts(try workbench.attempts(AttemptFilter(
                team: team, codebase: codebase, status: status, target: target, since: day)))
        case .interventions:
            table = .interventions(try workbench.interventions(InterventionFilter(
                team: team, codebase: codebase, attemptId: attempt, engineer: engineer, kind: kind, since: day)))
        case .scans:
            table = .scans(try workbench.scans(codebase: codebase, attempt: attempt))
        }
        print(format.render(table, terminalWidth: CommandEnvironment.terminalWidth(),
                            emptyMessage: "no \(subject.rawValue)"), terminator: "")
    }
}
