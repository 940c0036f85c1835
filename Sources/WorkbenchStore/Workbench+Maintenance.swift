import GRDB

extension Workbench {
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
