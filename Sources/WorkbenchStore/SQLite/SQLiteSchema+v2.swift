import GRDB

extension Schema {
    /// Version 2: how each benchmark comparison was replicated. Rounds measured, separate
    /// runner processes per arm, and the robust spread of the ratio between rounds; NULL for
    /// results stored before (and for baselines, imports and failures).
    static func createV2(_ db: Database) throws {
        try db.execute(sql: """
            ALTER TABLE bench_result ADD COLUMN rounds INTEGER CHECK (rounds IS NULL OR rounds >= 0);
            ALTER TABLE bench_result ADD COLUMN processes INTEGER CHECK (processes IS NULL OR processes >= 0);
            ALTER TABLE bench_result ADD COLUMN round_spread REAL;
            """)
    }
}
