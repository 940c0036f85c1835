/// Where a workspace lives: the one protocol every storage implements, and the only thing
/// `Workbench` (and through it the CLI, TUI, jobs and reports) talks to.
///
/// `SQLiteBackend` keeps a workspace in one SQLite file (the embedded default);
/// `PostgresBackend` (module WorkbenchPostgres) keeps it on a PostgreSQL server shared by a
/// team. Both run the same operations, written once in `Workbench`, and pass the same
/// conformance suite.
public protocol WorkbenchBackend: Sendable {
    /// Where it is, for people: a file path, or a server URL without its password.
    var location: String { get }
    /// Which SQL it speaks.
    var dialect: SQLDialect { get }

    /// Runs `body` in one read transaction that sees one consistent snapshot.
    func read<T>(_ body: (any StoreConnection) throws -> T) throws(StoreError) -> T
    /// Runs `body` in one write transaction: everything it did is saved, or (on any error)
    /// nothing. Writers to one workspace take turns.
    func write<T>(_ body: (any StoreConnection) throws -> T) throws(StoreError) -> T

    /// A number that changes whenever another connection (another process) commits a
    /// change, and not for this backend's own commits.
    func dataVersion() throws(StoreError) -> Int
    /// Makes the stored form self-contained before it is measured or copied (SQLite folds
    /// its write-ahead log into the file; a server has nothing to do).
    func checkpoint() throws(StoreError)
    /// The storage's own consistency checks, the migrations applied and the row counts.
    func check() throws(StoreError) -> IntegrityReport
    /// Copies the workspace to the file `destination` as one consistent snapshot.
    func backup(to destination: String, replace: Bool) throws(StoreError) -> IntegrityReport
}
