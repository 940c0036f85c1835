import Foundation

/// An open workspace: teams, codebases, attempts, interventions, scans and benchmark
/// sessions, and every operation on them.
///
/// The operations are written once, against `WorkbenchBackend`; where the workspace lives
/// (one SQLite file, or a PostgreSQL server a team shares) is the backend's business.
public final class Workbench: Sendable {
    /// Where the workspace lives, for people: the file path, or the server URL without
    /// any password.
    public var path: String { backend.location }
    /// The clock used for timestamps and "today".
    public let clock: WorkbenchClock
    /// The storage every operation goes through.
    public let backend: any WorkbenchBackend

    /// A workbench over `backend`.
    public init(backend: any WorkbenchBackend, clock: WorkbenchClock = .system) {
        self.backend = backend
        self.clock = clock
    }

    /// Opens (creating and migrating if needed) the SQLite workspace at `location`. A
    /// PostgreSQL location is opened by `WorkspaceOpener` in module WorkbenchPostgres.
    public static func open(
        _ location: WorkspaceLocation, clock: WorkbenchClock = .system
    ) throws(StoreError) -> Workbench {
        guard case .file(let path) = location.kind else {
            throw .unsupportedLocation(location: location.path, reason: "WorkbenchStore opens SQLite files only; a server workspace is opened by WorkspaceOpener")
        }
        return Workbench(backend: try SQLiteBackend.open(path: path, createDirectory: location.isDefault), clock: clock)
    }

    /// Runs `body` in one write transaction.
    func write<T>(_ body: (any StoreConnection) throws -> T) throws(StoreError) -> T {
        try backend.write(body)
    }

    /// Runs `body` in one read transaction.
    func read<T>(_ body: (any StoreConnection) throws -> T) throws(StoreError) -> T {
        try backend.read(body)
    }

    /// A number that changes whenever another connection (such as `drawbridge log` in a
    /// second terminal) commits, and not for this workbench's own writes, so a caller that
    /// polls it and reloads on a change sees exactly the outside changes.
    public func dataVersion() throws(StoreError) -> Int { try backend.dataVersion() }

    /// Makes the stored workspace self-contained before it is measured or copied.
    public func checkpoint() throws(StoreError) { try backend.checkpoint() }

    /// The storage's consistency checks, the migrations applied and the row counts.
    public func check() throws(StoreError) -> IntegrityReport { try backend.check() }

    /// Copies the workspace to the SQLite file `destination` as one consistent snapshot;
    /// an existing destination is refused unless `replace` is true.
    public func backup(to destination: String, replace: Bool = false) throws(StoreError) -> IntegrityReport {
        try backend.backup(to: destination, replace: replace)
    }

    /// The team called `name` (case-insensitive), or `.notFound`.
    static func team(named name: String, in db: any StoreConnection) throws -> Team {
        guard let team = try db.record(Team.self, "SELECT * FROM team WHERE " + db.dialect.equalsIgnoringCase("name"), [name]) else {
            throw StoreError.notFound(entity: "team", key: name)
        }
        return team
    }

    /// The codebase called `name` (case-insensitive), or `.notFound`.
    static func codebase(named name: String, in db: any StoreConnection) throws -> Codebase {
        guard let codebase = try db.record(
            Codebase.self, "SELECT * FROM codebase WHERE " + db.dialect.equalsIgnoringCase("name"), [name])
        else {
            throw StoreError.notFound(entity: "codebase", key: name)
        }
        return codebase
    }
}
