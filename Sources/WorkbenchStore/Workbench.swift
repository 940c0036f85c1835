import Foundation
import GRDB

/// An open workspace: one SQLite file holding teams, codebases, attempts, interventions,
/// scans and benchmark sessions.
///
/// Opening is safe from any number of processes at once: open-and-migrate runs under an
/// exclusive lock on `<file>.lock`, the pool runs in WAL mode, and writers wait (busy
/// timeout) instead of failing with "database is locked".
public final class Workbench: Sendable {
    /// The database file path.
    public let path: String
    /// The clock used for timestamps and "today".
    public let clock: WorkbenchClock
    /// The connection pool. Internal so that every query goes through this module.
    let pool: DatabasePool

    /// How long a writer waits for another process's write before giving up.
    public static let busyTimeout: TimeInterval = 30

    private init(path: String, clock: WorkbenchClock, pool: DatabasePool) {
        self.path = path
        self.clock = clock
        self.pool = pool
    }

    /// Opens (creating and migrating if needed) the workspace at `location`.
    public static func open(
        _ location: WorkspaceLocation, clock: WorkbenchClock = .system
    ) throws(StoreError) -> Workbench {
        let path = location.path
        try prepareDirectory(for: path, create: location.isDefault)
        try checkExistingFile(at: path)
        let lock = try FileLock(path: path + ".lock")
        defer { withExtendedLifetime(lock) {} }
        try refuseNewerSchema(at: path)
        let pool: DatabasePool
        do {
            var config = Configuration()
            config.busyMode = .timeout(busyTimeout)
            config.label = "workbench"
            pool = try DatabasePool(path: path, configuration: config)
        } catch let error as DatabaseError where error.resultCode == .SQLITE_NOTADB {
            throw .notADatabase(path: path)
        } catch let error as DatabaseError where error.resultCode == .SQLITE_CANTOPEN
            || error.resultCode == .SQLITE_READONLY
        {
            throw .notWritable(path: path, reason: error.message ?? "cannot open")
        } catch {
            throw StoreError.wrapping(error)
        }
        try migrate(pool, path: path)
        return Workbench(path: path, clock: clock, pool: pool)
    }

    /// Refuses a database written by a newer binary, reading it through a read-only
    /// connection: opening a pool writes to the file (it makes sure a WAL file exists),
    /// and a refused file must be left exactly as it was.
    private static func refuseNewerSchema(at path: String) throws(StoreError) {
        guard let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int, size > 0
        else { return }
        let applied: [String]
        do {
            var config = Configuration()
            config.readonly = true
            config.busyMode = .timeout(busyTimeout)
            let queue = try DatabaseQueue(path: path, configuration: config)
            applied = try queue.read { db -> [String] in
                guard try db.tableExists("grdb_migrations") else { return [] }
                return try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations")
            }
            try queue.close()
        } catch let error as DatabaseError where error.resultCode == .SQLITE_NOTADB {
            throw .notADatabase(path: path)
        } catch {
            throw StoreError.wrapping(error)
        }
        let known = Set(Schema.knownMigrations)
        let unknown = applied.filter { !known.contains($0) }.sorted()
        if !unknown.isEmpty { throw .schemaTooNew(path: path, unknownMigrations: unknown) }
    }

    /// Applies any missing migrations.
    private static func migrate(_ pool: DatabasePool, path: String) throws(StoreError) {
        do {
            try Schema.migrator.migrate(pool)
        } catch let error as DatabaseError where error.resultCode == .SQLITE_NOTADB {
            throw .notADatabase(path: path)
        } catch {
            throw StoreError.wrapping(error)
        }
    }

    /// Checks the directory exists and is writable, creating default directories.
    private static func prepareDirectory(for path: String, create: Bool) throws(StoreError) {
        let directory = (path as NSString).deletingLastPathComponent
        let dir = directory.isEmpty ? "." : directory
        let fm = FileManager.default
        var isDirectory: ObjCBool = false
        if !fm.fileExists(atPath: dir, isDirectory: &isDirectory) {
            guard create else { throw .directoryMissing(path: dir) }
            do {
                try fm.createDirectory(atPath: dir, withIntermediateDirectories: true)
            } catch {
                throw .notWritable(path: dir, reason: "cannot create the directory")
            }
        } else if !isDirectory.boolValue {
            throw .directoryMissing(path: dir)
        }
        if access(dir, W_OK) != 0 {
            throw .notWritable(path: dir, reason: String(cString: strerror(errno)))
        }
    }

    /// Refuses an existing file that is not a SQLite database before SQLite touches it.
    private static func checkExistingFile(at path: String) throws(StoreError) {
        var info = stat()
        guard stat(path, &info) == 0 else { return }
        guard (info.st_mode & S_IFMT) == S_IFREG else { throw .notADatabase(path: path) }
        guard info.st_size > 0 else { return }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw .notWritable(path: path, reason: "cannot read the file")
        }
        defer { try? handle.close() }
        let header = (try? handle.read(upToCount: 16)) ?? Data()
        guard header == Data("SQLite format 3\u{0}".utf8) else { throw .notADatabase(path: path) }
    }
}
