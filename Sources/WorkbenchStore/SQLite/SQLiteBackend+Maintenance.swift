import GRDB

extension SQLiteBackend {
    /// SQLite's `PRAGMA data_version` on the writer connection: it changes whenever another
    /// connection commits, and not for commits on this one. The writer connection is used
    /// because the value is per connection and the pool's readers rotate.
    public func dataVersion() throws(StoreError) -> Int {
        try storeOperation {
            try pool.writeWithoutTransaction { db in try Int.fetchOne(db, sql: "PRAGMA data_version") ?? 0 }
        }
    }

    /// Copies everything in the WAL into the main file and truncates the WAL, so the main
    /// file alone holds the whole workspace (before measuring or copying it).
    public func checkpoint() throws(StoreError) {
        try storeOperation {
            try pool.writeWithoutTransaction { db in
                try db.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)")
            }
        }
    }
}
