import Foundation
import WorkbenchStore

/// Opens a workspace wherever it lives: a file path as SQLite, a `postgres://` URL on
/// the PostgreSQL server it names. The CLI, the TUI and the benchmarks open through here.
public enum WorkspaceOpener {
    /// Opens (creating and migrating when needed) the workspace at `location`, reading
    /// PostgreSQL's defaults and password from `environment`.
    public static func open(
        _ location: WorkspaceLocation, clock: WorkbenchClock = .system,
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws(StoreError) -> Workbench {
        switch location.kind {
        case .file:
            return try Workbench.open(location, clock: clock)
        case .server(let url):
            let server = try PostgresLocation.parse(url, environment: environment)
            return Workbench(backend: try PostgresBackend.open(server), clock: clock)
        }
    }
}
