import ArgumentParser
import Foundation
import WorkbenchPostgres
import WorkbenchStore

/// The `--db` option every command takes, and opening the workspace it names.
public struct WorkspaceOptions: ParsableArguments {
    /// The workspace: a SQLite file, or a PostgreSQL URL.
    @Option(
        name: .long, help: ArgumentHelp(
            "Workspace: a SQLite file, or postgres://user@host:port/dbname on a PostgreSQL server.",
            discussion: "Default: $DRAWBRIDGE_DB, else $XDG_DATA_HOME/drawbridge/workbench.sqlite, else ~/.local/share/drawbridge/workbench.sqlite. A server password comes from $PGPASSWORD or ~/.pgpass, never from the URL.",
            valueName: "path|url"))
    public var db: String?

    /// Creates the options (ArgumentParser fills them in).
    public init() {}

    /// Where the workspace is, after `--db` and the environment are considered.
    public var location: WorkspaceLocation {
        WorkspaceLocation.resolve(explicit: db, environment: ProcessInfo.processInfo.environment)
    }

    /// Opens the workspace (creating and migrating it when needed).
    public func open() throws -> Workbench {
        try WorkspaceOpener.open(location, clock: CommandEnvironment.clock())
    }
}
