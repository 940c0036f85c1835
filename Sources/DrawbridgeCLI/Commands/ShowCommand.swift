import ArgumentParser
import Foundation
import WorkbenchStore

/// `drawbridge show attempt ID`: one attempt with its history, interventions and hours.
struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show", abstract: "Show one record in full.", subcommands: [Attempt.self])

    /// `drawbridge show attempt ID`.
    struct Attempt: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "attempt", abstract: "An attempt with its status history, interventions and hour totals.")

        @OptionGroup var workspace: WorkspaceOptions
        @Argument(help: "Attempt id.") var id: Int64
        @Option(help: "Output format.") var format: DetailFormat = .text

        func run() throws {
            let detail = try workspace.open().attemptDetail(id: id)
            switch format {
            case .text:
                print(AttemptDetailText.render(detail, width: CommandEnvironment.terminalWidth()), terminator: "")
            case .json:
                let encoder = JSONEncoder()
                encoder.keyEncodingStrategy = .convertToSnakeCase
                encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
                print(String(decoding: try encoder.encode(detail), as: UTF8.self))
            }
        }
    }
}
