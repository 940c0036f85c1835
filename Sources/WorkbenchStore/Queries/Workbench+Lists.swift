import Foundation
extension Workbench {
    /// Every team with its codebase, attempt and hour totals, by name.
    public func teams() throws(StoreError) -> [TeamSummary] {
        try read { db in
            // Hours are summed in one pass over the interventions and joined in; a correlated
            // subquery per team (or codebase, below) makes SQLite scan the interventions once
            // per row. MATERIALIZED keeps the planner from pushing the join back inside, and
            // CROSS JOIN makes it read the interventions in order instead of by attempt.
            try db.rows("""
                WITH h AS MATERIALIZED (
                  SELECT c.team_id, sum(i.hours) AS hours FROM intervention i
                  \(db.dialect.orderedJoin) attempt a ON a.id = i.attempt_id \(db.dialect.orderedJoin) codebase c ON c.id = a.codebase_id
                  GROUP BY c.team_id)
                SELECT t.id, t.name, t.org, t.lead, t.created_at,
                  (SELECT count(*) FROM codebase c WHERE c.team_id = t.id) AS codebases,
                  (SELECT count(*) FROM attempt a JOIN codebase c ON c.id = a.codebase_id
                     WHERE c.team_id = t.id) AS attempts,
                  coalesce(h.hours, 0) AS hours
                FROM team t
                LEFT JOIN h ON h.team_id = t.id
                ORDER BY \(db.dialect.orderIgnoringCase("t.name"))
                """
            ).map { row in
                TeamSummary(
                    id: try row["id"], name: try row["name"], org: try row["org"], lead: try row["lead"],
                    codebases: try row["codebases"], attempts: try row["attempts"], hours: try row["hours"],
                    createdAt: try row["created_at"])
            }
        }
    }

    /// Codebases, optionally of one team, with attempt and hour totals, by name.
    public func codebases(team: String? = nil) throws(StoreError) -> [CodebaseSummary] {
        try read { db in
            var sql = """
                WITH h AS MATERIALIZED (
                  SELECT a.codebase_id, sum(i.hours) AS hours FROM intervention i
                  \(db.dialect.orderedJoin) attempt a ON a.id = i.attempt_id GROUP BY a.codebase_id)
                SELECT c.id, c.name, t.name AS team, c.location, c.language, c.created_at,
                  (SELECT count(*) FROM attempt a WHERE a.codebase_id = c.id) AS attempts,
                  coalesce(h.hours, 0) AS hours
                FROM codebase c JOIN team t ON t.id = c.team_id
                LEFT JOIN h ON h.codebase_id = c.id
                """
            var arguments = SQLArguments()
            if let team {
                sql += " WHERE c.team_id = ?"
                arguments += [try Self.team(named: team, in: db).id]
            }
            sql += " ORDER BY " + db.dialect.orderIgnoringCase("c.name")
            return try db.rows(sql, arguments).map { row in
                CodebaseSummary(
                    id: try row["id"], name: try row["name"], team: try row["team"], location: try row["location"],
                    language: try row["language"], attempts: try row["attempts"], hours: try row["hours"],
                    createdAt: try row["created_at"])
            }
        }
    }

    /// Attempts matching `filter`, by team, codebase and id.
    public func attempts(_ filter: AttemptFilter = AttemptFilter()) throws(StoreError) -> [AttemptSummary] {
        let today = clock.today
        let timeZone = clock.timeZone
        return try read { db in
            var conditions = SQLConditions()
            try conditions.addOwners(team: filter.team, codebase: filter.codebase, in: db)
            conditions.add("a.status = ?", filter.status?.rawValue)
            conditions.add("a.target = ?", filter.target?.rawValue)
            conditions.add("a.updated_at >= ?", filter.since?.description)
            let rows = try db.rows(Self.attemptSummarySQL(where: conditions.whereSQL) + " ORDER BY \(db.dialect.orderIgnoringCase("t.name")), \(db.dialect.orderIgnoringCase("c.name")), a.id",
                conditions.arguments)
            return try rows.map { try Self.attemptSummary(from: $0, today: today, timeZone: timeZone) }
        }
    }

    /// Interventions matching `filter`, newest day first.
    public func interventions(_ filter: InterventionFilter = InterventionFilter()) throws(StoreError) -> [InterventionSummary] {
        try read { db in
            var conditions = SQLConditions()
            try conditions.addOwners(team: filter.team, codebase: filter.codebase, in: db)
            if let attempt = filter.attemptId, try !db.exists(Attempt.self, id: attempt) {
                throw StoreError.notFound(entity: "attempt", key: String(attempt))
            }
            conditions.add("i.attempt_id = ?", filter.attemptId)
            conditions.add("i.engineer = ?", filter.engineer)
            conditions.add("i.kind = ?", filter.kind?.rawValue)
            conditions.add("i.date >= ?", filter.since?.description)
            var sql = "SELECT \(Self.interventionSummaryColumns) FROM intervention i"
                + " JOIN attempt a ON a.id = i.attempt_id JOIN codebase c ON c.id = a.codebase_id"
            sql += conditions.whereSQL + " ORDER BY i.date DESC, i.id DESC"
            return try db.rows(sql, conditions.arguments).map { row in try Self.interventionSummary(from: row) }
        }
    }

    /// The SELECT shared by every attempt listing, with totals per attempt.
    static func attemptSummarySQL(where whereSQL: String) -> String {
        let sql = """
            SELECT a.*, c.name AS codebase, t.name AS team,
              coalesce(s.n, 0) AS interventions, coalesce(s.h, 0) AS hours
            FROM attempt a
            JOIN codebase c ON c.id = a.codebase_id
            JOIN team t ON t.id = c.team_id
            LEFT JOIN (SELECT attempt_id, count(*) AS n, sum(hours) AS h
                       FROM intervention GROUP BY attempt_id) s ON s.attempt_id = a.id
            """
        return sql + whereSQL
    }

    /// Builds an `AttemptSummary` from a row of `attemptSummarySQL`.
    static func attemptSummary(from row: SQLRow, today: DayDate, timeZone: TimeZone) throws -> AttemptSummary {
        let status = AttemptStatus(rawValue: try row["status"]) ?? .planned
        let created: String = try row["created_at"]
        let updated: String = try row["updated_at"]
        let start = Timestamp.date(from: created).map { DayDate($0, timeZone: timeZone) } ?? today
        let end = status.isClosed
            ? (Timestamp.date(from: updated).map { DayDate($0, timeZone: timeZone) } ?? today) : today
        return AttemptSummary(
            id: try row["id"], title: try row["title"], codebase: try row["codebase"], team: try row["team"],
            target: Target(rawValue: try row["target"]) ?? .other,
            strategy: Strategy(rawValue: try row["strategy"]) ?? .other, status: status,
            sourceStack: try row["source_stack"], targetStack: try row["target_stack"], createdAt: created,
            updatedAt: updated, interventions: try row["interventions"], hours: try row["hours"],
            daysOpen: max(0, end.days(since: start)))
    }

    /// The columns `interventionSummary(from:)` reads, in the order it reads them.
    static let interventionSummaryColumns =
        "i.id, i.attempt_id, c.name AS codebase, i.engineer, i.date, i.hours, i.kind, i.outcome, i.summary, i.finding_id"

    /// Builds an `InterventionSummary` from a row of `interventionSummaryColumns`.
    ///
    /// Columns are read by position: a read by name looks the column up, and on 100,000
    /// interventions reading by position halved the listing time.
    static func interventionSummary(from row: SQLRow) throws -> InterventionSummary {
        let dateText: String = try row[4]
        let kind: String = try row[6]
        let outcome: String? = try row[7]
        return InterventionSummary(
            id: try row[0], attemptId: try row[1], codebase: try row[2], engineer: try row[3],
            date: (try? DayDate(parsing: dateText)) ?? DayDate(Date(timeIntervalSince1970: 0)),
            hours: try row[5], kind: InterventionKind(rawValue: kind) ?? .other,
            outcome: outcome.flatMap(InterventionOutcome.init(rawValue:)),
            summary: try row[8], findingId: try row[9])
    }
}
