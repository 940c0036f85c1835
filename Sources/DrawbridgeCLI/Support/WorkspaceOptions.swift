import ArgumentParser
import Foundation
import WorkbenchStore

/// The `--db` option every command takes, and opening the workspace it names.
public struct WorkspaceOptions: ParsableArguments {
    /// The workspace file.
    @Option(
        name: .long, help: ArgumentHelp(
            "Workspace database file.",
            discussion: "Default: $DRAWBRIDGE_DB, else $XDG_DATA_HOME/drawbridge/workbench.sqlite, else ~/.local/share/drawbridge/workbench.sqlite.",
            valueName: "path"))
    public var db: String?

    /// Creates the options (ArgumentParser fills them in).
    public init() {}

    /// Where the workspace is, after `--db` and the environment are considered.
    public var location: WorkspaceLocation {
        WorkspaceLocation.resolve(explicit: db, environment: ProcessInfo.processInfo.environment)
    }

    /// Opens the workspace (creating and migrating it when needed).
    public func open() throws -> Workbench {
        try Workbench.open(location, clock: CommandEnvironment.clock())
    }
}
