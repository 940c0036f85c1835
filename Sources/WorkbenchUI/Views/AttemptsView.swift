import TerminalCore
import WorkbenchStore
import WorkbenchWidgets

/// The attempts table: every attempt with its age, hours, open findings and median loss;
/// sortable (`s`, `<`, `>`, header clicks) and filterable (`/`).
struct AttemptsView {
    private(set) var table = TableView(columns: [
        TableColumn("#", width: .fixed(4), alignment: .right),
        TableColumn("team", width: .flex(min: 6, weight: 1)),
        TableColumn("codebase", width: .flex(min: 10, weight: 2)),
        TableColumn("target", width: .fixed(6)),
        TableColumn("strategy", width: .fixed(11)),
        TableColumn("status", width: .fixed(9)),
        TableColumn("age", width: .fixed(4), alignment: .right),
        TableColumn("hours", width: .fixed(6), alignment: .right),
        TableColumn("findings", width: .fixed(8), alignment: .right),
        TableColumn("loss", width: .fixed(6), alignment: .right),
        TableColumn("title", width: .flex(min: 0, weight: 4)),
    ])
    private var attempts: [Int64: AttemptSummary] = [:]

    /// Rebuilds the rows from a snapshot, keeping sort, filter and selection.
    mutating func reload(_ snapshot: WorkspaceSnapshot) {
        table.emptyMessage = "no attempts yet"
        attempts = Dictionary(uniqueKeysWithValues: snapshot.attempts.map { ($0.id, $0) })
        table.setRows(snapshot.attempts.map { attempt in
            let metrics = snapshot.metrics[attempt.id]
            let findings = metrics?.openFindings
            let loss = metrics?.medianLoss
            return TableRow(
                id: String(attempt.id),
                cells: [
                    String(attempt.id), attempt.team, attempt.codebase, attempt.target.rawValue, attempt.strategy.rawValue,
                    attempt.status.rawValue, Format.days(attempt.daysOpen), Format.hours(attempt.hours, unit: false),
                    findings.map(String.init) ?? "–", Format.loss(loss), attempt.title,
                ],
                sortKeys: [
                    .number(Double(attempt.id)), .text(attempt.team.lowercased()), .text(attempt.codebase.lowercased()),
                    .text(attempt.target.rawValue), .text(attempt.strategy.rawValue),
                    .number(Double(AttemptStatus.allCases.firstIndex(of: attempt.status) ?? 0)),
                    .number(Double(attempt.daysOpen)), .number(attempt.hours),
                    .number(findings.map(Double.init) ?? -1), .number(loss ?? -.greatestFiniteMagnitude),
                    .text(attempt.title.lowercased()),
                ],
                cellRoles: [nil, nil, nil, nil, nil, Format.role(attempt.status)])
        })
    }

    /// Shows the team and title columns only when there is room for them, so narrow
    /// terminals keep every figure readable.
    mutating func fitColumns(to width: Int) {
        let wide = width >= 96
        let team: TableColumn.Width = wide ? .flex(min: 10, weight: 1) : .fixed(0)
        let title: TableColumn.Width = wide ? .flex(min: 10, weight: 3) : .fixed(0)
        if table.columns[1].width != team { table.columns[1].width = team }
        if table.columns[10].width != title { table.columns[10].width = title }
    }

    /// The filter text in effect.
    var filter: String { table.filter }

    /// Filters rows by text in any cell.
    mutating func setFilter(_ text: String) { table.setFilter(text) }

    /// The selected attempt's id.
    var selectedAttempt: Int64? { table.selectedRow.flatMap { Int64($0.id) } }

    /// Applies a keymap action.
    mutating func perform(_ action: ActionID) -> ViewEffect {
        switch action {
        case .addIntervention:
            return .addIntervention(attempt: selectedAttempt)
        case .writeReport:
            return selectedAttempt.map { .writeReport(.attempt($0)) } ?? .flash("no attempt selected")
        default:
            if case .activated(let id) = table.perform(action), let attempt = Int64(id) { return .open(.attemptDetail(attempt)) }
            return .none
        }
    }

    /// Applies a mouse event given the body rectangle.
    mutating func handle(_ mouse: MouseEvent, in rect: Rect) -> ViewEffect {
        if case .activated(let id) = table.handle(mouse, in: Self.tableRect(rect)), let attempt = Int64(id) {
            return .open(.attemptDetail(attempt))
        }
        return .none
    }

    private static func tableRect(_ rect: Rect) -> Rect { rect.inset(top: 1, bottom: 2) }

    /// Draws the screen: a count line, the table, and the selected attempt's title.
    func render(into canvas: inout Canvas, in rect: Rect, context: ViewContext) {
        let theme = context.theme
        guard !rect.isEmpty else { return }
        var summary = "\(Format.count(table.visibleRows.count, "attempt"))"
        if table.visibleRows.count != table.rows.count { summary += " of \(table.rows.count) · filter '\(table.filter)'" }
        if let sort = table.sort, sort.column < table.columns.count {
            summary += " · sorted by \(table.columns[sort.column].title) \(sort.ascending ? "ascending" : "descending")"
        }
        canvas.drawLine(" " + summary, in: rect.row(0), style: theme[.dim], ellipsis: theme.glyphs.ellipsis)
        table.render(into: &canvas, in: Self.tableRect(rect), theme: theme)
        let footer = rect.row(rect.height - 1)
        canvas.horizontalLine(at: Point(x: rect.x, y: footer.y - 1), length: rect.width, glyph: theme.glyphs.horizontal, style: theme[.border])
        if let id = selectedAttempt, let attempt = attempts[id] {
            var line = "#\(attempt.id) \(attempt.title) · \(attempt.sourceStack)"
            if let stack = attempt.targetStack { line += " → \(stack)" }
            canvas.drawLine(" " + line, in: footer, style: theme[.text], ellipsis: theme.glyphs.ellipsis)
        }
    }
}
