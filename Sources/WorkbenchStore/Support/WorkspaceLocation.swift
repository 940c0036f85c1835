import Foundation

/// Where the workspace lives: `--db PATH|URL`, else `DRAWBRIDGE_DB`, else
/// `$XDG_DATA_HOME/drawbridge/workbench.sqlite`, else `~/.local/share/drawbridge/workbench.sqlite`.
///
/// A `postgres://` or `postgresql://` URL names a workspace on a PostgreSQL server; anything
/// else is a SQLite file path.
public struct WorkspaceLocation: Sendable, Equatable {
    /// What the location names.
    public enum Kind: Sendable, Equatable {
        /// A SQLite file.
        case file(String)
        /// A PostgreSQL server database, as the URL given.
        case server(String)
    }

    /// The path or URL as given.
    public let path: String
    /// True when the path came from the defaults, so its directory may be created.
    public let isDefault: Bool

    /// A file or a server.
    public var kind: Kind {
        let lowered = path.lowercased()
        return lowered.hasPrefix("postgres://") || lowered.hasPrefix("postgresql://") ? .server(path) : .file(path)
    }

    /// A location the user named explicitly.
    public init(explicit path: String) {
        self.path = path
        self.isDefault = false
    }

    /// Resolves the location from an explicit path (if any) and the environment.
    public static func resolve(
        explicit: String?, environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> WorkspaceLocation {
        if let explicit, !explicit.isEmpty { return WorkspaceLocation(explicit: explicit) }
        if let fromEnv = environment["DRAWBRIDGE_DB"], !fromEnv.isEmpty {
            return WorkspaceLocation(explicit: fromEnv)
        }
        let base: String
        if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") {
            base = xdg
        } else {
            let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
            base = (home as NSString).appendingPathComponent(".local/share")
        }
        let path = (base as NSString).appendingPathComponent("drawbridge/workbench.sqlite")
        return WorkspaceLocation(path: path, isDefault: true)
    }

    private init(path: String, isDefault: Bool) {
        self.path = path
        self.isDefault = isDefault
    }
}
