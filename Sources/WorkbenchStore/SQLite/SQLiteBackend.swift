import Foundation
import GRDB

/// A workspace in one SQLite file, through GRDB: the embedded default.
///
/// Opening is safe from any number of processes at once: open-and-migrate runs under an
/// exclusive lock on `<file>.lock`, the pool runs in WAL mode, and writers wait (busy
/// timeout) instead of failing with "database is locked".
public final class SQLiteBackend: WorkbenchBackend {
    /// The database file path.
    public let path: String
    /// The connection pool.
    let pool: DatabasePool

    /// How long a writer waits for another process's write before giving up.
    public static let busyTimeout: TimeInterval = 30

    /// The file path.
    public var location: String { path }
    /// SQLite's dialect.
    public var dialect: SQLDialect { .sqlite }

    private init(path: String, pool: DatabasePool) {
        self.path = path
        self.pool = pool
    }

    public func read<T>(_ body: (any StoreConnection) throws -> T) throws(StoreError) -> T {
        try storeOperation { try pool.read { db in try body(SQLiteConnection(db: db)) } }
    }

    public func write<T>(_ body: (any StoreConnection) throws -> T) throws(StoreError) -> T {
        try storeOperation { try pool.write { db in try body(SQLiteConnection(db: db)) } }
    }

    /// Opens (creating and migrating if needed) the workspace file at `path`, creating its
    /// directory when `createDirectory` (the default location) is set.
    public static func open(path: String, createDirectory: Bool = false) throws(StoreError) -> SQLiteBackend {
        try prepareDirectory(for: path, create: createDirectory)
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
        return SQLiteBackend(path: path, pool: pool)
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
