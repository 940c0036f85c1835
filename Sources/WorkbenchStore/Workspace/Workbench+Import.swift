extension Workbench {
    /// Merges `document` into the workspace in one transaction: everything or nothing.
    ///
    /// Existing teams, codebases and attempts are matched by name (attempts by title within
    /// their codebase) and kept; missing events and interventions are added. Importing the
    /// same document twice adds nothing the second time.
    @discardableResult
    public func importDocument(_ document: WorkspaceDocument) throws(StoreError) -> ImportSummary {
        try Self.validate(document)
        let now = clock.timestamp
        return try write { db in
            var summary = ImportSummary()
            for teamEntry in document.teams {
                let team = try Self.mergeTeam(teamEntry, now: now, in: db, summary: &summary)
                for codebaseEntry in teamEntry.codebases {
                    let codebase = try Self.mergeCodebase(
                        codebaseEntry, team: team, now: now, in: db, summary: &summary)
                    for attemptEntry in codebaseEntry.attempts {
                        let attempt = try Self.mergeAttempt(attemptEntry, codebase: codebase, now: now, in: db, summary: &summary)
                        try Self.mergeScans(attemptEntry.scans ?? [], codebase: codebase.id, attempt: attempt, in: db, summary: &summary)
                        try Self.mergeSessions(attemptEntry.benchSessions ?? [], attempt: attempt, in: db, summary: &summary)
                    }
                    try Self.mergeScans(codebaseEntry.scans ?? [], codebase: codebase.id, attempt: nil, in: db, summary: &summary)
                }
            }
            try Self.mergeScans(document.scans ?? [], codebase: nil, attempt: nil, in: db, summary: &summary)
            try Self.mergeSessions(document.benchSessions ?? [], attempt: nil, in: db, summary: &summary)
            return summary
        }
    }

    private static func mergeTeam(
        _ entry: WorkspaceDocument.TeamEntry, now: String, in db: any StoreConnection, summary: inout ImportSummary
    ) throws -> Team {
        if let team = try db.record(Team.self, "SELECT * FROM team WHERE \(db.dialect.equalsIgnoringCase("name"))", [entry.name]) {
            summary.alreadyPresent += 1
            return team
        }
        var team = Team(name: entry.name, org: entry.org, lead: entry.lead, createdAt: now)
        try db.insert(&team)
        summary.teamsAdded += 1
        return team
    }

    private static func mergeCodebase(
        _ entry: WorkspaceDocument.CodebaseEntry, team: Team, now: String, in db: any StoreConnection,
        summary: inout ImportSummary
    ) throws -> Codebase {
        if let codebase = try db.record(Codebase.self, "SELECT * FROM codebase WHERE \(db.dialect.equalsIgnoringCase("name"))", [entry.name])
        {
            guard codebase.teamId == team.id else {
                throw StoreError.invalidValue(
                    field: "codebase", value: entry.name,
                    reason: "already exists under another team than \(StoreError.quoted(team.name))")
            }
            summary.alreadyPresent += 1
            return codebase
        }
        var codebase = Codebase(
            teamId: team.id!, name: entry.name, location: entry.location, language: entry.language, createdAt: now)
        try db.insert(&codebase)
        summary.codebasesAdded += 1
        return codebase
    }

    private static func mergeAttempt(
        _ entry: WorkspaceDocument.AttemptEntry, codebase: Codebase, now: String, in db: any StoreConnection,
        summary: inout ImportSummary
    ) throws -> Int64 {
        let first = entry.events[0]
        var attempt: Attempt
        if let existing = try db.record(Attempt.self, "SELECT * FROM attempt WHERE codebase_id = ? AND title = ?",
            [codebase.id, entry.title])
        {
            attempt = existing
            summary.alreadyPresent += 1
        } else {
            attempt = Attempt(
                codebaseId: codebase.id!, title: entry.title, target: entry.target, strategy: entry.strategy,
                status: first.to, sourceStack: entry.sourceStack ?? "CUDA", targetStack: entry.targetStack,
                createdAt: first.at, updatedAt: first.at)
            try db.insert(&attempt)
            summary.attemptsAdded += 1
        }
        let attemptId = attempt.id!
        var previous: AttemptStatus?
        for event in entry.events {
            defer { previous = event.to }
            let present = try db.scalar("SELECT count(*) FROM attempt_event WHERE attempt_id = ? AND at = ? AND to_status = ?",
                [attemptId, event.at, event.to.rawValue]) ?? 0
            if present > 0 {
                summary.alreadyPresent += 1
                continue
            }
            var record = AttemptEvent(
                attemptId: attemptId, fromStatus: previous, toStatus: event.to, note: event.note, at: event.at)
            try db.insert(&record)
            summary.eventsAdded += 1
        }
        // The attempt's status is wherever its latest event left it.
        if let latest = try db.record(AttemptEvent.self, "SELECT * FROM attempt_event WHERE attempt_id = ? ORDER BY at DESC, id DESC LIMIT 1",
            [attemptId]), latest.toStatus != attempt.status || latest.at != attempt.updatedAt
        {
            attempt.status = latest.toStatus
            attempt.updatedAt = latest.at
            try db.update(attempt)
        }
        for item in entry.interventions {
            let present = try db.scalar("""
                SELECT count(*) FROM intervention WHERE attempt_id = ? AND engineer = ? AND date = ?
                  AND hours = ? AND kind = ? AND summary = ?
                """, [attemptId, item.engineer, item.date.description, item.hours,
                                 item.kind.rawValue, item.summary]) ?? 0
            if present > 0 {
                summary.alreadyPresent += 1
                continue
            }
            var record = Intervention(
                attemptId: attemptId, engineer: item.engineer, date: item.date, hours: item.hours,
                kind: item.kind, summary: item.summary, outcome: item.outcome, createdAt: now)
            try db.insert(&record)
            summary.interventionsAdded += 1
        }
        return attemptId
    }

    /// Adds the scans not already present (same link, start, root and finding count); a
    /// scan of an attempt is also linked to the attempt's codebase, as `saveScan` links it.
    private static func mergeScans(
        _ entries: [WorkspaceDocument.ScanEntry], codebase: Int64?, attempt: Int64?, in db: any StoreConnection,
        summary: inout ImportSummary
    ) throws {
        for entry in entries {
            let present = try db.scalar("""
                SELECT count(*) FROM scan WHERE \(db.dialect.isSame("codebase_id")) AND \(db.dialect.isSame("attempt_id")) AND started_at = ? AND root = ?
                  AND finding_count = ?
                """, [codebase, attempt, entry.scan.startedAt, entry.scan.root, entry.findings.count]) ?? 0
            if present > 0 {
                summary.alreadyPresent += 1
                continue
            }
            var scan = entry.scan
            scan.id = nil
            scan.codebaseId = codebase
            scan.attemptId = attempt
            scan.findingCount = Int64(entry.findings.count)
            try db.insert(&scan)
            for var finding in entry.findings {
                finding.id = nil
                finding.scanId = scan.id!
                try db.insert(&finding)
            }
            summary.scansAdded += 1
        }
    }

    /// Adds the benchmark sessions not already present (same attempt, start, source and label).
    private static func mergeSessions(
        _ entries: [WorkspaceDocument.BenchSessionEntry], attempt: Int64?, in db: any StoreConnection, summary: inout ImportSummary
    ) throws {
        for entry in entries {
            let present = try db.scalar("""
                SELECT count(*) FROM bench_session WHERE \(db.dialect.isSame("attempt_id")) AND started_at = ? AND source = ? AND \(db.dialect.isSame("label"))
                """, [attempt, entry.session.startedAt, entry.session.source, entry.session.label]) ?? 0
            if present > 0 {
                summary.alreadyPresent += 1
                continue
            }
            var session = entry.session
            session.id = nil
            session.attemptId = attempt
            try db.insert(&session)
            for var result in entry.results {
                result.id = nil
                result.sessionId = session.id!
                try db.insert(&result)
            }
            summary.benchSessionsAdded += 1
        }
    }

    /// Checks every name, text, hour and timestamp before anything is written.
    static func validate(_ document: WorkspaceDocument) throws(StoreError) {
        for team in document.teams {
            _ = try Validate.name(team.name, field: "team name")
            _ = try Validate.optionalText(team.org, field: "org", limit: Validate.maxNameLength)
            _ = try Validate.optionalText(team.lead, field: "lead", limit: Validate.maxNameLength)
            for codebase in team.codebases {
                _ = try Validate.name(codebase.name, field: "codebase name")
                _ = try Validate.optionalText(codebase.location, field: "location")
                _ = try Validate.optionalText(codebase.language, field: "language", limit: Validate.maxNameLength)
                for attempt in codebase.attempts { try validate(attempt) }
            }
        }
    }

    private static func validate(_ attempt: WorkspaceDocument.AttemptEntry) throws(StoreError) {
        _ = try Validate.name(attempt.title, field: "title")
        guard attempt.strategy.fits(attempt.target) else {
            throw .invalidValue(field: "strategy", value: attempt.strategy.rawValue,
                                reason: "does not fit target \(attempt.target.rawValue) in \(StoreError.quoted(attempt.title))")
        }
        guard !attempt.events.isEmpty else {
            throw .invalidValue(field: "events", value: attempt.title, reason: "an attempt needs at least its creation event")
        }
        var last: String?
        for event in attempt.events {
            guard Timestamp.date(from: event.at) != nil, event.at.contains("T") else {
                throw .invalidValue(field: "event time", value: event.at, reason: "expected an ISO-8601 timestamp")
            }
            if let last, event.at < last {
                throw .invalidValue(field: "event time", value: event.at, reason: "events must be in time order")
            }
            last = event.at
            _ = try Validate.optionalText(event.note, field: "note")
        }
        for item in attempt.interventions {
            _ = try Validate.name(item.engineer, field: "engineer")
            _ = try Validate.text(item.summary, field: "summary")
            _ = try Validate.hours(item.hours)
        }
    }
}
