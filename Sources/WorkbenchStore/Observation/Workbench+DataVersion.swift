import GRDB

extension Workbench {
    /// SQLite's `PRAGMA data_version` on the writer connection: it changes whenever another
    /// connection (another process, such as `drawbridge log` in a second terminal) commits.
    ///
    /// Commits made through this workbench do not change it, so a caller that polls it and
    /// reloads on a change sees exactly the outside changes it would otherwise miss. The
    /// writer connection is used because the value is per connection and the pool's readers
    /// rotate.
    public func dataVersion() throws(StoreError) -> Int {
        try storeOperation {
            try pool.writeWithoutTransaction { db in try Int.fetchOne(db, sql: "PRAGMA data_version") ?? 0 }
        }
    }
}
