import WorkbenchStore

extension Tabular {
    /// Teams as listed by `drawbridge list teams`.
    public static func teams(_ teams: [TeamSummary]) -> Tabular {
        Tabular(
            columns: [
                Column("id", alignRight: true), Column("name", flexible: true), Column("org", flexible: true),
                Column("lead"), Column("codebases", alignRight: true), Column("attempts", alignRight: true),
                Column("hours", alignRight: true), Column("created_at", inTable: false),
            ],
            rows: teams.map { team in
                [.int(team.id), .text(team.name), .optional(team.org), .optional(team.lead),
                 .int(Int64(team.codebases)), .int(Int64(team.attempts)), .hours(team.hours),
                 .text(team.createdAt)]
            })
    }

    /// Codebases as listed by `drawbridge list codebases`.
    public static func codebases(_ codebases: [CodebaseSummary]) -> Tabular {
        Tabular(
            columns: [
                Column("id", alignRight: true), Column("name"), Column("team"), Column("language"),
                Column("attempts", alignRight: true), Column("hours", alignRight: true),
                Column("location", flexible: true), Column("created_at", inTable: false),
            ],
            rows: codebases.map { codebase in
                [.int(codebase.id), .text(codebase.name), .text(codebase.team), .optional(codebase.language),
                 .int(Int64(codebase.attempts)), .hours(codebase.hours), .optional(codebase.location),
                 .text(codebase.createdAt)]
            })
    }

    /// Attempts as listed by `drawbridge list attempts`.
    public static func attempts(_ attempts: [AttemptSummary]) -> Tabular {
        Tabular(
            columns: [
                Column("id", alignRight: true), Column("team"), Column("codebase"),
                Column("target"), Column("strategy"), Column("status"),
                Column("days_open", alignRight: true), Column("interventions", alignRight: true),
                Column("hours", alignRight: true), Column("title", flexible: true),
                Column("source_stack", inTable: false), Column("target_stack", inTable: false),
                Column("created_at", inTable: false), Column("updated_at", inTable: false),
            ],
            rows: attempts.map { attempt in
                [.int(attempt.id), .text(attempt.team), .text(attempt.codebase), .text(attempt.target.rawValue),
                 .text(attempt.strategy.rawValue), .text(attempt.status.rawValue),
                 .int(Int64(attempt.daysOpen)), .int(Int64(attempt.interventions)), .hours(attempt.hours),
                 .text(attempt.title), .text(attempt.sourceStack), .optional(attempt.targetStack),
                 .text(attempt.createdAt), .text(attempt.updatedAt)]
            })
    }

    /// Interventions as listed by `drawbridge list interventions`.
    public static func interventions(_ interventions: [InterventionSummary]) -> Tabular {
        Tabular(
            columns: [
                Column("id", alignRight: true), Column("date"), Column("attempt", alignRight: true),
                Column("codebase"), Column("engineer"), Column("kind"), Column("hours", alignRight: true),
                Column("outcome"), Column("summary", flexible: true), Column("finding", inTable: false),
            ],
            rows: interventions.map { item in
                [.int(item.id), .text(item.date.description), .int(item.attemptId), .text(item.codebase),
                 .text(item.engineer), .text(item.kind.rawValue), .hours(item.hours),
                 .optional(item.outcome?.rawValue), .text(item.summary), item.findingId.map(Value.int) ?? .null]
            })
    }
}
