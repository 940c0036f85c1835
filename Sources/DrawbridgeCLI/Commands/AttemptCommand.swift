import ArgumentParser
import WorkbenchStore

/// `drawbridge attempt`: start attempts and move them through their statuses.
struct AttemptCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "attempt", abstract: "Start migration attempts and change their status.",
        subcommands: [Add.self, Status.self])

    /// `drawbridge attempt add --codebase NAME --target T`.
    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add",
            abstract: "Start a migration attempt; prints its id.",
            discussion: "An ascend attempt needs --strategy (native-cann, torch-npu or onnx); other targets default to their own (hip, sycl) or other.")

        @OptionGroup var workspace: WorkspaceOptions
        @Option(help: "The codebase being ported.") var codebase: String
        @Option(help: "The platform moved to.") var target: Target
        @Option(help: "A title, unique within the codebase (default: codebase → target (strategy)).") var title: String?
        @Option(help: "What the code runs on today (default: CUDA).") var sourceStack: String?
        @Option(help: "What it should run on, e.g. \"CANN 8.0 · Atlas A2 · torch_npu 2.1\".") var targetStack: String?
        @Option(help: "The road taken.") var strategy: Strategy?
        @Option(help: "Initial status.") var status: AttemptStatus = .planned

        func run() throws {
            let attempt = try workspace.open().addAttempt(AttemptDraft(
                codebase: codebase, target: target, strategy: strategy, status: status, title: title,
                sourceStack: sourceStack, targetStack: targetStack))
            let id = attempt.id ?? 0
            CommandEnvironment.printError("added attempt \(id): \(Quote.safe(attempt.title)), \(attempt.status.rawValue)")
            print(id)
        }
    }

    /// `drawbridge attempt status ID STATUS [--note TEXT]`.
    struct Status: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "status", abstract: "Change an attempt's status (recorded in its history).")

        @OptionGroup var workspace: WorkspaceOptions
        @Argument(help: "Attempt id.") var id: Int64
        @Argument(help: "New status.") var status: AttemptStatus
        @Option(help: "Why the status changed.") var note: String?

        func run() throws {
            let event = try workspace.open().changeStatus(attempt: id, to: status, note: note)
            print("attempt \(id): \(event.fromStatus?.rawValue ?? "new") → \(event.toStatus.rawValue)")
        }
    }
}
