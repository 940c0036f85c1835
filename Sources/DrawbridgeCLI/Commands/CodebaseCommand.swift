import ArgumentParser
import WorkbenchStore

/// `drawbridge codebase`: manage codebases.
struct CodebaseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "codebase", abstract: "Manage codebases.", subcommands: [Add.self])

    /// `drawbridge codebase add NAME --team TEAM`.
    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "add", abstract: "Add a codebase to a team.")

        @OptionGroup var workspace: WorkspaceOptions
        @Argument(help: "Codebase name (unique, case-insensitive).") var name: String
        @Option(help: "The team that owns it.") var team: String
        @Option(help: "Where the code lives: a path or URL.") var location: String?
        @Option(help: "Main language, e.g. \"CUDA C++\" or \"Python/PyTorch\".") var language: String?

        func run() throws {
            let codebase = try workspace.open().addCodebase(
                name: name, team: team, location: location, language: language)
            print("added codebase \(Quote.safe(codebase.name)) to team \(Quote.safe(team)) (id \(codebase.id ?? 0))")
        }
    }
}
