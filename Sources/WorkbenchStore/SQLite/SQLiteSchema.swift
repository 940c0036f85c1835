import GRDB

/// The workspace schema: an ordered list of migrations, never edited once shipped.
///
/// A new schema version is a new migration appended here. A database that has applied
/// a migration this binary does not know was written by a newer Drawbridge and is refused.
public enum Schema {
    /// Identifiers of the migrations this binary knows, oldest first.
    public static var knownMigrations: [String] { migrator.migrations }

    /// The migrator with every known migration registered.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1", migrate: createV1)
        migrator.registerMigration("v2", migrate: createV2)
        return migrator
    }
}
