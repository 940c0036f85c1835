import TerminalCore
import WorkbenchStore
import WorkbenchWidgets

/// The intervention log: newest first, filtered by engineer, kind, date and text, with
/// add (`a`), edit (`e`) and delete (`d`).
struct InterventionsView {
    private(set) var table = TableView(columns: [
        TableColumn("date", width: .fixed(10)),
        TableColumn("engineer", width: .flex(min: 8, weight: 1)),
        TableColumn("codebase", width: .flex(min: 8, weight: 1)),
        TableColumn("att", width: .fixed(4), alignment: .right),
        TableColumn("kind", width: .flex(min: 10, weight: 1)),
        TableColumn("hours", width: .fixed(5), alignment: .right),
        TableColumn("outcome", width: .fixed(10)),
        TableColumn("summary", width: .flex(min: 10, weight: 4)),
    ])
    private(set) var query = InterventionQuery(parsing: "")
    private(set) var filterLine = ""
    private var all: [InterventionSummary] = []
    private var byID: [String: InterventionSummary] = [:]
    /// Hours of each table row, by row index, so the totals line costs no lookups.
    private var rowHours: [Double] = []

    /// Replaces the log, keeping filter, sort and selection.
    mutating func reload(_ interventions: [InterventionSummary]) {
        all = interventions
        byID = Dictionary(uniqueKeysWithValues: interventions.map { (String($0.id), $0) })
        applyQuery()
    }

    /// Filters by a query line (see `InterventionQuery`).
    mutating func setFilter(_ line: String) {
        let parsed = InterventionQuery(parsing: line)
        filterLine = line
        let structuralChange = parsed.engineer != query.engineer || parsed.kind != query.kind
            || parsed.since != query.since || parsed.until != query.until
        query = parsed
        // Typing free text only re-filters the table; the structured part rebuilds rows.
        if structuralChange { applyQuery() } else { table.setFilter(parsed.text) }
    }

    private mutating func applyQuery() {
        table.emptyMessage = "no interventions yet: a logs one"
        let shown = query.isStructured ? all.filter(query.accepts) : all
        rowHours = shown.map(\.hours)
        table.setRows(shown.map { item in
            let day = item.date.description
            return TableRow(
                id: String(item.id),
                cells: [
                    day, item.engineer, item.codebase, String(item.attemptId), item.kind.rawValue,
                    Format.hours(item.hours, unit: false), item.outcome?.rawValue ?? "–", item.summary,
                ],
                sortKeys: [
                    .text(day), .text(item.engineer.lowercased()), .text(item.codebase.lowercased()),
                    .number(Double(item.attemptId)), .text(item.kind.rawValue), .number(item.hours),
                    .text(item.outcome?.rawValue ?? ""), .text(item.summary.lowercased()),
                ])
        })
        table.setFilter(query.text)
    }

    /// The selected intervention.
    var selected: InterventionSummary? { table.selectedRow.flatMap { byID[$0.id] } }

    /// The most recent engineer in the log, for the add form's default.
    var latestEngineer: String? { all.first?.engineer }

    /// Applies a keymap action.
    mutating func perform(_ action: ActionID) -> ViewEffect {
        switch action {
        case .addIntervention:
            return .addIntervention(attempt: selected?.attemptId)
        case .editIntervention:
            return selected.map { .editIntervention($0.id) } ?? .flash("no intervention selected")
        case .deleteIntervention:
            return selected.map { .deleteIntervention($0.id) } ?? .flash("no intervention selected")
        default:
            if case .activated(let id) = table.perform(action), let item = byID[id] { return .open(.attemptDetail(item.attemptId)) }
            return .none
        }
    }

    /// Applies a mouse event given the body rectangle.
    mutating func handle(_ mouse: MouseEvent, in rect: Rect) -> ViewEffect {
        if case .activated(let id) = table.handle(mouse, in: rect.inset(top: 1)), let item = byID[id] {
            return .open(.attemptDetail(item.attemptId))
        }
        return .none
    }

    /// Draws a totals line and the table.
    func render(into canvas: inout Canvas, in rect: Rect, context: ViewContext) {
        let theme = context.theme
        guard !rect.isEmpty else { return }
        var hours = 0.0
        for index in table.visibleRows where index < rowHours.count { hours += rowHours[index] }
        var summary = "\(Format.count(table.visibleRows.count, "intervention")) · \(Format.hours(hours))"
        if !filterLine.isEmpty { summary += " · filter '\(filterLine)'" }
        summary += "   (/ engineer:NAME kind:KIND since:DAY until:DAY text)"
        canvas.drawLine(" " + summary, in: rect.row(0), style: theme[.dim], ellipsis: theme.glyphs.ellipsis)
        table.render(into: &canvas, in: rect.inset(top: 1), theme: theme)
    }
}
