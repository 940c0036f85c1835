import Foundation
import Logging
import PostgresNIO
import Synchronization
import WorkbenchStore

/// A workspace in a PostgreSQL database, shared by a team: every site's processes read and
/// write it at once.
///
/// Reads run in `REPEATABLE READ READ ONLY` transactions, so one listing or report sees one
/// snapshot. Every write transaction first bumps the one row of `workspace_state`, which
/// makes writers take turns as they do on a SQLite file (a writer waits for the one before
/// it to commit) and counts commits for `dataVersion`. A serialization failure or deadlock
/// reruns the whole transaction; a broken connection is reported, and the server keeps
/// nothing of a transaction that did not commit.
public final class PostgresBackend: WorkbenchBackend {
    /// The server, database and login.
    public let server: PostgresLocation
    private let reader: PostgresSession
    private let writer: PostgresSession
    private let logger: Logger
    /// Commits made through this backend, subtracted from the shared counter so that
    /// `dataVersion` changes only for other processes' commits.
    private let ownCommits = Mutex(0)

    /// How many times a transaction that hit a serialization failure or deadlock is run.
    static let attempts = 4
    /// The advisory lock key that makes concurrent first opens migrate one at a time.
    static let migrationLockKey: Int64 = 7_420_615

    /// The URL without any password.
    public var location: String { server.displayURL }
    /// PostgreSQL's dialect.
    public var dialect: SQLDialect { .postgres }

    private init(server: PostgresLocation) {
        self.server = server
        logger = Logger(label: "drawbridge.postgres", factory: { _ in SwiftLogNoOpLogHandler() })
        reader = PostgresSession(location: server, id: 1, logger: logger)
        writer = PostgresSession(location: server, id: 2, logger: logger)
    }

    /// Connects to `server` and brings its schema up to date (creating it in an empty
    /// database). A database written by a newer Drawbridge, or holding tables of something
    /// else, is refused and left as it was.
    public static func open(_ server: PostgresLocation) throws(StoreError) -> PostgresBackend {
        let backend = PostgresBackend(server: server)
        try backend.migrate()
        return backend
    }

    public func read<T>(_ body: (any StoreConnection) throws -> T) throws(StoreError) -> T {
        try transaction(on: reader, begin: "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY", counted: false, body)
    }

    public func write<T>(_ body: (any StoreConnection) throws -> T) throws(StoreError) -> T {
        try transaction(on: writer, begin: "BEGIN ISOLATION LEVEL READ COMMITTED", counted: true, body)
    }

    public func dataVersion() throws(StoreError) -> Int {
        let shared: Int
        do {
            shared = try reader.withConnection { connection in
                try PostgresStoreConnection(connection: connection, logger: logger)
                    .scalar("SELECT version FROM workspace_state") ?? 0
            }
        } catch {
            throw PostgresFailure(error).storeError(location: location)
        }
        return shared - ownCommits.withLock { $0 }
    }

    /// Nothing to do: the server's storage is always whole.
    public func checkpoint() throws(StoreError) {}

    /// The migrations applied, rows whose parent is missing (the server enforces foreign
    /// keys, but a tool writing with enforcement off can still leave some) and the shared
    /// checks (partly saved scans, row counts). The server's storage has no check to run.
    public func check() throws(StoreError) -> IntegrityReport {
        try read { db in
            let migrations: [String] = try db.column("SELECT identifier FROM drawbridge_migrations ORDER BY position")
            let shared = try IntegrityReport.sharedChecks(db)
            return IntegrityReport(integrity: ["ok"], foreignKeyViolations: try IntegrityReport.danglingReferences(db),
                                   incompleteScans: shared.incompleteScans,
                                   migrations: migrations, rowCounts: shared.rowCounts)
        }
    }

    /// Refused: a server database is copied with the server's own tools, or to a file with
    /// `drawbridge export`.
    public func backup(to destination: String, replace: Bool) throws(StoreError) -> IntegrityReport {
        throw .unsupportedLocation(
            location: location,
            reason: "a server workspace is backed up with pg_dump, or copied to a file with 'drawbridge export'")
    }

    /// Runs `body` between `begin` and COMMIT on `session`, rerunning it after a
    /// serialization failure or deadlock.
    private func transaction<T>(
        on session: PostgresSession, begin: String, counted: Bool, _ body: (any StoreConnection) throws -> T
    ) throws(StoreError) -> T {
        var attempt = 0
        while true {
            attempt += 1
            do {
                let value = try session.withConnection { connection -> T in
                    let db = PostgresStoreConnection(connection: connection, logger: logger)
                    try db.execute(begin, [])
                    do {
                        if counted { try db.execute("UPDATE workspace_state SET version = version + 1", []) }
                        let value = try body(db)
                        try db.commit()
                        return value
                    } catch {
                        db.rollback(after: error)
                        throw error
                    }
                }
                if counted { ownCommits.withLock { $0 += 1 } }
                return value
            } catch {
                let failure = PostgresFailure(error)
                if failure.isRetryable && attempt < Self.attempts { continue }
                throw failure.storeError(location: location)
            }
        }
    }

    /// Creates or upgrades the schema under an advisory lock, in one transaction.
    private func migrate() throws(StoreError) {
        do {
            try writer.withConnection { connection in
                let db = PostgresStoreConnection(connection: connection, logger: logger)
                try db.execute("BEGIN", [])
                do {
                    try db.execute("SELECT pg_advisory_xact_lock(\(Self.migrationLockKey))", [])
                    try applyMissingMigrations(db)
                    try db.commit()
                } catch {
                    db.rollback(after: error)
                    throw error
                }
            }
        } catch let error as StoreError {
            throw error
        } catch {
            throw PostgresFailure(error).storeError(location: location)
        }
    }

    private func applyMissingMigrations(_ db: PostgresStoreConnection) throws {
        let hasBookkeeping = try db.count(
            "SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = 'drawbridge_migrations'") > 0
        if !hasBookkeeping {
            let others: [String] = try db.column(
                "SELECT table_name::text FROM information_schema.tables WHERE table_schema = current_schema() ORDER BY 1 LIMIT 3")
            if !others.isEmpty {
                throw StoreError.unsupportedLocation(
                    location: location,
                    reason: "the database holds tables that are not a Drawbridge workspace (\(others.joined(separator: ", ")) …); name an empty database")
            }
        }
        try db.executeScript(PostgresSchema.bookkeeping)
        let applied: [String] = try db.column("SELECT identifier FROM drawbridge_migrations ORDER BY position")
        let known = PostgresSchema.migrations.map(\.identifier)
        let unknown = applied.filter { !known.contains($0) }.sorted()
        if !unknown.isEmpty { throw StoreError.schemaTooNew(path: location, unknownMigrations: unknown) }
        for (position, migration) in PostgresSchema.migrations.enumerated() where !applied.contains(migration.identifier) {
            try db.executeScript(migration.sql)
            try db.run("INSERT INTO drawbridge_migrations (identifier, position) VALUES (?, ?)", [migration.identifier, position + 1])
        }
    }
}

extension PostgresStoreConnection {
    /// Commits, and fails if the server rolled back instead (a transaction that already
    /// failed ends in ROLLBACK whatever it is told).
    func commit() throws {
        let tag = try commandTag("COMMIT")
        if tag != "COMMIT" {
            throw StoreError.database(message: "the server rolled the transaction back instead of committing it")
        }
    }

    /// Ends a transaction that failed with `error`. When the failure ended the session (the
    /// server terminated it, or the connection broke), the server has already discarded the
    /// transaction and nothing is sent: a statement queued on a connection that is closing
    /// can go unanswered for good (postgres-nio never completes it), which hung the caller.
    func rollback(after error: any Error) {
        guard !PostgresFailure(error).brokeConnection, !connection.isClosed else { return }
        _ = try? execute("ROLLBACK", [])
    }

    /// Runs several statements separated by `;` at line ends (PostgreSQL prepares one
    /// statement at a time).
    func executeScript(_ script: String) throws {
        for statement in script.components(separatedBy: ";\n") {
            let trimmed = statement.trimmingCharacters(in: .whitespacesAndNewlines)
            let sql = trimmed.hasSuffix(";") ? String(trimmed.dropLast()) : trimmed
            if !sql.isEmpty { try execute(sql, []) }
        }
    }
}
