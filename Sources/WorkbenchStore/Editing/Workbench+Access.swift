import GRDB

extension Workbench {
    /// Runs `body` in one write transaction, mapping every error to `StoreError`.
    func write<T>(_ body: @escaping (Database) throws -> T) throws(StoreError) -> T {
        try storeOperation { try pool.write(body) }
    }

    /// Runs `body` in one read transaction, mapping every error to `StoreError`.
    func read<T>(_ body: @escaping (Database) throws -> T) throws(StoreError) -> T {
        try storeOperation { try pool.read(body) }
    }

    /// The team called `name` (case-insensitive), or `.notFound`.
    static func team(named name: String, in db: Database) throws -> Team {
        guard let team = try Team.fetchOne(db, sql: "SELECT * FROM team WHERE name = ?", arguments: [name]) else {
            throw StoreError.notFound(entity: "team", key: name)
        }
        return team
    }

    /// The codebase called `name` (case-insensitive), or `.notFound`.
    static func codebase(named name: String, in db: Database) throws -> Codebase {
        guard let codebase = try Codebase.fetchOne(
            db, sql: "SELECT * FROM codebase WHERE name = ?", arguments: [name])
        else {
            throw StoreError.notFound(entity: "codebase", key: name)
        }
        return codebase
    }
}
