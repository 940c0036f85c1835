import Foundation
extension Workbench {
    /// The whole workspace as one document: every team, codebase and attempt with its status
    /// events and interventions, and every scan (with findings) and benchmark session (with
    /// results) under the attempt or codebase it belongs to. Importing it into another
    /// workspace merges by name and adds nothing twice.
    public func exportDocument() throws(StoreError) -> WorkspaceDocument {
        try read { db in
            let scans = try Self.scanEntries(db)
            let sessions = try Self.sessionEntries(db)
            let events = Dictionary(grouping: try db.records(AttemptEvent.self, "SELECT * FROM attempt_event ORDER BY at, id"), by: \.attemptId)
            let interventions = Dictionary(grouping: try db.records(Intervention.self, "SELECT * FROM intervention ORDER BY date, id"), by: \.attemptId)
            let attempts = Dictionary(grouping: try db.records(Attempt.self, "SELECT * FROM attempt ORDER BY id"), by: \.codebaseId)
            let codebases = Dictionary(grouping: try db.records(Codebase.self, "SELECT * FROM codebase ORDER BY " + db.dialect.orderIgnoringCase("name")), by: \.teamId)
            let teams = try db.records(Team.self, "SELECT * FROM team ORDER BY " + db.dialect.orderIgnoringCase("name"))
            func attemptEntry(_ attempt: Attempt) -> WorkspaceDocument.AttemptEntry {
                let id = attempt.id!
                return WorkspaceDocument.AttemptEntry(
                    title: attempt.title, target: attempt.target, strategy: attempt.strategy,
                    sourceStack: attempt.sourceStack, targetStack: attempt.targetStack,
                    events: (events[id] ?? []).map { .init(at: $0.at, to: $0.toStatus, note: $0.note) },
                    interventions: (interventions[id] ?? []).map {
                        .init(engineer: $0.engineer, date: $0.date, hours: $0.hours, kind: $0.kind, summary: $0.summary, outcome: $0.outcome)
                    },
                    scans: nonEmpty(scans.filter { $0.scan.attemptId == id }.map(\.withoutRowIDs)),
                    benchSessions: nonEmpty(sessions.filter { $0.session.attemptId == id }.map(\.withoutRowIDs)))
            }
            let teamEntries = teams.map { team in
                WorkspaceDocument.TeamEntry(
                    name: team.name, org: team.org, lead: team.lead,
                    codebases: (codebases[team.id!] ?? []).map { codebase in
                        WorkspaceDocument.CodebaseEntry(
                            name: codebase.name, location: codebase.location, language: codebase.language,
                            attempts: (attempts[codebase.id!] ?? []).map(attemptEntry),
                            scans: nonEmpty(scans.filter { $0.scan.codebaseId == codebase.id && $0.scan.attemptId == nil }
                                .map(\.withoutRowIDs)))
                    })
            }
            return WorkspaceDocument(
                schema: WorkspaceDocument.currentSchema, teams: teamEntries,
                scans: nonEmpty(scans.filter { $0.scan.codebaseId == nil && $0.scan.attemptId == nil }.map(\.withoutRowIDs)),
                benchSessions: nonEmpty(sessions.filter { $0.session.attemptId == nil }.map(\.withoutRowIDs)))
        }
    }

    /// The document as JSON: snake_case keys, sorted, so two exports of one workspace are identical.
    public static func encode(_ document: WorkspaceDocument) throws(StoreError) -> Data {
        let encoder = JSONEncoder()
        encoder.keyEncodingStrategy = .convertToSnakeCase
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        do {
            return try encoder.encode(document)
        } catch {
            throw .invalidDocument(path: "export", reason: "\(error)")
        }
    }

    private static func scanEntries(_ db: any StoreConnection) throws -> [WorkspaceDocument.ScanEntry] {
        let findings = Dictionary(grouping: try db.records(Finding.self, "SELECT * FROM finding ORDER BY id"), by: \.scanId)
        return try db.records(Scan.self, "SELECT * FROM scan ORDER BY started_at, id").map { scan in
            WorkspaceDocument.ScanEntry(scan: scan, findings: findings[scan.id!] ?? [])
        }
    }

    private static func sessionEntries(_ db: any StoreConnection) throws -> [WorkspaceDocument.BenchSessionEntry] {
        let results = Dictionary(grouping: try db.records(BenchResult.self, "SELECT * FROM bench_result ORDER BY id"), by: \.sessionId)
        return try db.records(BenchSession.self, "SELECT * FROM bench_session ORDER BY started_at, id").map { session in
            WorkspaceDocument.BenchSessionEntry(session: session, results: results[session.id!] ?? [])
        }
    }
}

extension WorkspaceDocument.ScanEntry {
    /// The entry without this workspace's row ids: where it belongs is said by where it sits
    /// in the document, so two workspaces with the same content export the same text.
    var withoutRowIDs: Self {
        var copy = self
        copy.scan.id = nil
        copy.scan.attemptId = nil
        copy.scan.codebaseId = nil
        copy.findings = findings.map { finding in
            var finding = finding
            finding.id = nil
            finding.scanId = 0
            return finding
        }
        return copy
    }
}

extension WorkspaceDocument.BenchSessionEntry {
    /// The entry without this workspace's row ids (see `ScanEntry.withoutRowIDs`).
    var withoutRowIDs: Self {
        var copy = self
        copy.session.id = nil
        copy.session.attemptId = nil
        copy.results = results.map { result in
            var result = result
            result.id = nil
            result.sessionId = 0
            return result
        }
        return copy
    }
}

/// nil for an empty list, so documents without scans or sessions stay as people write them.
private func nonEmpty<T>(_ list: [T]) -> [T]? { list.isEmpty ? nil : list }
