import WorkbenchStore

extension Report {
    /// Builds the report on `scope` from `workbench`, counting interventions, events, scans
    /// and benchmark sessions from `since` on when given. Unknown attempts, codebases or
    /// teams throw `StoreError.notFound`; nothing is written.
    public static func build(scope: ReportScope, since: DayDate? = nil, from workbench: Workbench) throws(StoreError) -> Report {
        var report = Report(
            kind: scope.kind, title: "", generatedAt: workbench.clock.timestamp, since: since?.description,
            definitions: standardDefinitions, attempt: nil, group: nil, portfolio: nil)
        switch scope {
        case .attempt(let id):
            let attempt = try AttemptReport.build(id: id, since: since, from: workbench)
            report.title = "Migration story: \(attempt.line.title)"
            report.attempt = attempt
        case .codebase(let name):
            let group = try GroupReport.build(filter: AttemptFilter(codebase: name), name: name, since: since, from: workbench)
            report.title = "Codebase \(name): every attempt"
            report.group = group
        case .team(let name):
            let group = try GroupReport.build(filter: AttemptFilter(team: name), name: name, since: since, from: workbench)
            report.title = "Team \(name): every attempt"
            report.group = group
        case .portfolio:
            report.title = "Migration portfolio"
            report.portfolio = try PortfolioReport.build(since: since, from: workbench)
        }
        return report
    }

    /// A file name for this report in `format`, e.g. `drawbridge-report-attempt-7.md`
    /// (names are reduced to letters, digits, `-` and `_`).
    public static func defaultFileName(scope: ReportScope, format: ReportFormat) -> String {
        let subject: String
        switch scope {
        case .attempt(let id): subject = "attempt-\(id)"
        case .codebase(let name): subject = "codebase-" + fileSafe(name)
        case .team(let name): subject = "team-" + fileSafe(name)
        case .portfolio: subject = "portfolio"
        }
        return "drawbridge-report-\(subject).\(format.fileExtension)"
    }

    /// Renders the report in `format`.
    public func render(_ format: ReportFormat) -> String {
        switch format {
        case .markdown: return MarkdownRenderer.render(self)
        case .html: return HTMLRenderer.render(self)
        case .json: return JSONReport.render(self)
        }
    }

    private static func fileSafe(_ name: String) -> String {
        let kept = name.unicodeScalars.map { scalar -> Character in
            let ok = scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "-" || scalar == "_")
            return ok ? Character(scalar) : "-"
        }
        let text = String(kept)
        return text.isEmpty ? "unnamed" : text
    }
}

extension AttemptReport {
    /// The story of attempt `id`.
    static func build(id: Int64, since: DayDate?, from workbench: Workbench) throws(StoreError) -> AttemptReport {
        let detail = try workbench.attemptDetail(id: id)
        let inputs = try ReportInputs(workbench, since: since)
        let cutoff = since?.description ?? ""
        let interventions = detail.interventions.filter { $0.date.description >= cutoff }
        var cells: [String: KindEngineerHours] = [:]
        for item in interventions {
            let key = item.kind.rawValue + "\u{0}" + item.engineer
            var cell = cells[key] ?? KindEngineerHours(kind: item.kind.rawValue, engineer: item.engineer, hours: 0, count: 0)
            cell.hours += item.hours
            cell.count += 1
            cells[key] = cell
        }
        let latestScan = try workbench.scans(attempt: id).first.flatMap { $0.scan.startedAt >= cutoff ? $0.scan : nil }
        let blockers = try latestScan.map { scan throws(StoreError) in
            try workbench.findings(scan: scan.id!).filter { $0.effort == .blocker }.map {
                BlockerFinding(file: $0.file, line: $0.line, symbol: $0.symbol, family: $0.family, note: $0.note)
            }
        } ?? []
        let session = try workbench.benchSessions(attempt: id).first.flatMap { $0.startedAt >= cutoff ? $0 : nil }
        let losses = try session.map { session throws(StoreError) in
            try workbench.benchResults(session: session.id!).compactMap(KernelLoss.init)
        } ?? []
        return AttemptReport(
            line: inputs.line(detail.attempt),
            timeline: detail.events.filter { $0.at >= cutoff }.map {
                TimelineEntry(at: $0.at, from: $0.fromStatus?.rawValue, to: $0.toStatus.rawValue, note: $0.note)
            },
            hoursByKind: HoursBucket.group(interventions) { $0.kind.rawValue },
            hoursByEngineer: HoursBucket.group(interventions) { $0.engineer },
            hoursByKindAndEngineer: cells.values.sorted { ($0.hours, $1.kind, $1.engineer) > ($1.hours, $0.kind, $0.engineer) },
            hoursByMonth: try workbench.hoursByMonth(attempts: [id], since: since),
            burnDown: try workbench.burnDown(attempt: id, since: since),
            blockers: blockers,
            session: session.map {
                SessionLine(id: $0.id ?? 0, label: $0.label, startedAt: $0.startedAt, baselinePort: $0.baselinePort, source: $0.source)
            },
            losses: losses)
    }
}

extension KernelLoss {
    /// The loss row of a compared result (nil for a baseline or a result without a loss).
    init?(_ result: BenchResult) {
        guard let loss = result.lossPercent, loss.isFinite, let baseline = result.baselinePort else { return nil }
        // Loss is (ratio − 1) × 100 (KernelBench's Comparison), so the interval maps the same way.
        self.init(
            kernel: result.kernel, size: result.size, port: result.port, baselinePort: baseline, ratio: result.ratio,
            lossPercent: loss, lossLow: result.ciLow.map { ($0 - 1) * 100 }, lossHigh: result.ciHigh.map { ($0 - 1) * 100 },
            verdict: result.verdict?.rawValue, rounds: result.rounds.map(Int.init),
            roundSpread: result.roundSpread.flatMap { $0.isFinite ? $0 : nil })
    }
}

extension GroupReport {
    /// The attempts `filter` selects (one codebase or one team), side by side.
    static func build(filter: AttemptFilter, name: String, since: DayDate?, from workbench: Workbench) throws(StoreError) -> GroupReport {
        let summaries = try workbench.attempts(filter)
        let inputs = try ReportInputs(workbench, since: since)
        let lines = summaries.map(inputs.line)
        let ids = summaries.map(\.id)
        let team = filter.codebase == nil ? nil : try workbench.codebases().first { $0.name == name }?.team
        return GroupReport(
            name: name, team: team, attempts: lines, hours: lines.reduce(0) { $0 + $1.hours },
            hoursByMonth: try workbench.hoursByMonth(attempts: ids, since: since),
            ascendRoads: RoadComparison.of(lines),
            topBlockers: try workbench.blockerRanking(attempts: ids, since: since, limit: 10))
    }
}

extension RoadComparison {
    /// Codebases whose Ascend attempts took more than one road, in codebase order.
    static func of(_ lines: [AttemptLine]) -> [RoadComparison] {
        var order: [String] = []
        var byCodebase: [String: [AttemptLine]] = [:]
        for line in lines where line.target == Target.ascend.rawValue {
            if byCodebase[line.codebase] == nil { order.append(line.codebase) }
            byCodebase[line.codebase, default: []].append(line)
        }
        return order.compactMap { codebase in
            let attempts = byCodebase[codebase] ?? []
            return Set(attempts.map(\.strategy)).count > 1 ? RoadComparison(codebase: codebase, attempts: attempts) : nil
        }
    }
}
