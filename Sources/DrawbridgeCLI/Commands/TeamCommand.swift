import ArgumentParser
import WorkbenchStore

/// `drawbridge team`: manage teams.
struct TeamCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "team", abstract: "Manage teams.", subcommands: [Add.self])

    /// `drawbridge team add NAME`.
    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "add", abstract: "Add a team.")

        @OptionGroup var workspace: WorkspaceOptions
        @Argument(help: "Team name (unique, case-insensitive).") var name: String
        @Option(help: "Organisation the team belongs to.") var org: String?
        @Option(help: "Who leads the migration for the team (a role name).") var lead: String?

        func run() throws {
            let team = try workspace.open().addTeam(name: name, org: org, lead: lead)
            print("added team \(Quote.safe(team.name)) (id \(team.id ?? 0))")
        }
    }
}
