extension Workbench {
    /// Adds a team; fails if the name is taken (case-insensitively).
    @discardableResult
    public func addTeam(name: String, org: String? = nil, lead: String? = nil) throws(StoreError) -> Team {
        var team = Team(
            name: try Validate.name(name, field: "team name"),
            org: try Validate.optionalText(org, field: "org", limit: Validate.maxNameLength),
            lead: try Validate.optionalText(lead, field: "lead", limit: Validate.maxNameLength),
            createdAt: clock.timestamp)
        return try write { db in
            if try db.record(Team.self, "SELECT * FROM team WHERE \(db.dialect.equalsIgnoringCase("name"))", [name]) != nil {
                throw StoreError.alreadyExists(entity: "team", name: name)
            }
            try db.insert(&team)
            return team
        }
    }

    /// Adds a codebase to an existing team; fails if the name is taken.
    @discardableResult
    public func addCodebase(
        name: String, team: String, location: String? = nil, language: String? = nil
    ) throws(StoreError) -> Codebase {
        let name = try Validate.name(name, field: "codebase name")
        let location = try Validate.optionalText(location, field: "location")
        let language = try Validate.optionalText(language, field: "language", limit: Validate.maxNameLength)
        let now = clock.timestamp
        return try write { db in
            let owner = try Self.team(named: team, in: db)
            if try db.record(Codebase.self, "SELECT * FROM codebase WHERE \(db.dialect.equalsIgnoringCase("name"))", [name]) != nil {
                throw StoreError.alreadyExists(entity: "codebase", name: name)
            }
            var codebase = Codebase(
                teamId: owner.id!, name: name, location: location, language: language, createdAt: now)
            try db.insert(&codebase)
            return codebase
        }
    }

    /// Starts an attempt and records its first status event.
    @discardableResult
    public func addAttempt(_ draft: AttemptDraft) throws(StoreError) -> Attempt {
        guard let strategy = draft.strategy ?? Strategy.defaultFor(draft.target) else {
            throw .missingValue(
                field: "strategy", reason: "an \(draft.target.rawValue) attempt takes native-cann, torch-npu or onnx")
        }
        guard strategy.fits(draft.target) else {
            throw .invalidValue(
                field: "strategy", value: strategy.rawValue,
                reason: "does not fit target \(draft.target.rawValue)")
        }
        let title = try Validate.optionalText(draft.title, field: "title", limit: Validate.maxNameLength)
        let source = try Validate.optionalText(draft.sourceStack, field: "source stack") ?? "CUDA"
        let targetStack = try Validate.optionalText(draft.targetStack, field: "target stack")
        let now = clock.timestamp
        return try write { db in
            let codebase = try Self.codebase(named: draft.codebase, in: db)
            let finalTitle = title ?? "\(codebase.name) → \(draft.target.rawValue) (\(strategy.rawValue))"
            let clash = try db.scalar("SELECT count(*) FROM attempt WHERE codebase_id = ? AND title = ?",
                [codebase.id, finalTitle]) ?? 0
            if clash > 0 {
                throw StoreError.alreadyExists(entity: "attempt", name: finalTitle)
            }
            var attempt = Attempt(
                codebaseId: codebase.id!, title: finalTitle, target: draft.target, strategy: strategy,
                status: draft.status, sourceStack: source, targetStack: targetStack,
                createdAt: now, updatedAt: now)
            try db.insert(&attempt)
            var event = AttemptEvent(
                attemptId: attempt.id!, fromStatus: nil, toStatus: draft.status, note: nil, at: now)
            try db.insert(&event)
            return attempt
        }
    }

    /// Moves an attempt to `status`, recording who-knows-why in the status history.
    @discardableResult
    public func changeStatus(attempt id: Int64, to status: AttemptStatus, note: String? = nil) throws(StoreError) -> AttemptEvent {
        let note = try Validate.optionalText(note, field: "note")
        let now = clock.timestamp
        return try write { db in
            guard var attempt = try db.find(Attempt.self, id: id) else {
                throw StoreError.notFound(entity: "attempt", key: String(id))
            }
            guard attempt.status != status else {
                throw StoreError.invalidValue(
                    field: "status", value: status.rawValue, reason: "attempt \(id) is already \(status.rawValue)")
            }
            var event = AttemptEvent(
                attemptId: id, fromStatus: attempt.status, toStatus: status, note: note, at: now)
            try db.insert(&event)
            attempt.status = status
            attempt.updatedAt = now
            try db.update(attempt)
            return event
        }
    }

    /// Logs one intervention against an attempt.
    @discardableResult
    public func logIntervention(_ draft: InterventionDraft) throws(StoreError) -> Intervention {
        var intervention = try draft.validated(clock: clock)
        return try write { db in
            guard try db.exists(Attempt.self, id: draft.attemptId) else {
                throw StoreError.notFound(entity: "attempt", key: String(draft.attemptId))
            }
            if let finding = draft.findingId, try !db.exists(Finding.self, id: finding) {
                throw StoreError.notFound(entity: "finding", key: String(finding))
            }
            try db.insert(&intervention)
            return intervention
        }
    }
}
