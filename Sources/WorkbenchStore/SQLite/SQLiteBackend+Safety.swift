import Foundation
import GRDB

extension SQLiteBackend {
    /// Runs SQLite's integrity and foreign-key checks and counts the rows of every table.
    public func check() throws(StoreError) -> IntegrityReport {
        try storeOperation { try pool.read(Self.integrityReport) }
    }

    /// The checks and counts of the database `db` is connected to.
    static func integrityReport(_ db: Database) throws -> IntegrityReport {
        let integrity = try String.fetchAll(db, sql: "PRAGMA integrity_check")
        let violations = try Row.fetchAll(db, sql: "PRAGMA foreign_key_check").map { row in
            IntegrityReport.ForeignKeyViolation(table: row[0], rowId: row[1], parent: row[2])
        }
        let migrations = try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations ORDER BY rowid")
        let shared = try IntegrityReport.sharedChecks(SQLiteConnection(db: db))
        return IntegrityReport(integrity: integrity, foreignKeyViolations: violations, incompleteScans: shared.incompleteScans,
                               migrations: migrations, rowCounts: shared.rowCounts)
    }

    /// Copies the workspace to `destination` with SQLite's online backup while other
    /// processes go on writing: the copy is one consistent snapshot. It is written beside
    /// the destination and renamed into place only once complete and checked, so a failed
    /// backup leaves no half-written file; an existing destination is refused unless
    /// `replace` is true.
    public func backup(to destination: String, replace: Bool) throws(StoreError) -> IntegrityReport {
        let target = (destination as NSString).standardizingPath
        guard target != (path as NSString).standardizingPath else {
            throw .invalidValue(field: "backup file", value: destination, reason: "is the workspace itself")
        }
        let directory = (target as NSString).deletingLastPathComponent
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory.isEmpty ? "." : directory, isDirectory: &isDirectory),
              isDirectory.boolValue
        else {
            throw .directoryMissing(path: directory)
        }
        if FileManager.default.fileExists(atPath: target), !replace {
            throw .alreadyExists(entity: "file", name: destination)
        }
        let temporary = target + ".partial-\(ProcessInfo.processInfo.processIdentifier)"
        try? FileManager.default.removeItem(atPath: temporary)
        let report: IntegrityReport
        do {
            let copy = try DatabaseQueue(path: temporary)
            try pool.backup(to: copy)
            // The copy is a plain rollback-journal file (one file, easy to move), checked
            // before it replaces anything.
            report = try copy.writeWithoutTransaction { db in
                try db.execute(sql: "PRAGMA journal_mode = DELETE")
                return try Self.integrityReport(db)
            }
            try copy.close()
        } catch {
            try? FileManager.default.removeItem(atPath: temporary)
            throw StoreError.wrapping(error)
        }
        guard report.isHealthy else {
            try? FileManager.default.removeItem(atPath: temporary)
            throw .database(message: "the backup copy failed its check: \(report.integrity.joined(separator: "; "))")
        }
        guard rename(temporary, target) == 0 else {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(atPath: temporary)
            throw .notWritable(path: destination, reason: reason)
        }
        return report
    }
}
