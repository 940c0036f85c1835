import TerminalCore
import WorkbenchStore
import WorkbenchWidgets

/// One attempt: header, status timeline, interventions, the burn-down of findings across
/// its scans and the loss per kernel per port of its latest benchmark session.
struct AttemptDetailView {
    /// The panes `Tab` moves between.
    enum Pane { case timeline, interventions }

    /// The attempt shown.
    let attemptID: Int64
    private(set) var data: AttemptDetailData?
    /// The first timeline line shown; lines are wrapped to the pane when drawn.
    private(set) var timelineOffset = 0
    private(set) var interventions = TableView(columns: [
        TableColumn("date", width: .fixed(10)),
        TableColumn("engineer", width: .flex(min: 6, weight: 1)),
        TableColumn("hours", width: .fixed(5), alignment: .right),
        TableColumn("kind", width: .flex(min: 8, weight: 1)),
        TableColumn("summary", width: .flex(min: 8, weight: 3)),
    ])
    private(set) var focus: Pane = .interventions

    /// A screen for attempt `id`, empty until the first reload.
    init(attemptID: Int64) {
        self.attemptID = attemptID
        interventions.emptyMessage = "no interventions yet: a logs one"
    }

    /// Takes freshly read data, keeping the selection and scroll position.
    mutating func reload(_ data: AttemptDetailData) {
        self.data = data
        interventions.setRows(data.detail.interventions.reversed().map { item in
            TableRow(id: String(item.id), cells: [
                item.date.description, item.engineer, Format.hours(item.hours, unit: false), item.kind.rawValue, item.summary,
            ])
        })
        syncFocus()
    }

    /// The selected intervention's id.
    var selectedIntervention: Int64? { interventions.selectedRow.flatMap { Int64($0.id) } }

    /// Applies a keymap action.
    mutating func perform(_ action: ActionID) -> ViewEffect {
        switch action {
        case .nextPane, .previousPane:
            focus = focus == .timeline ? .interventions : .timeline
            syncFocus()
            return .none
        case .changeStatus:
            return .changeStatus(attemptID)
        case .writeReport:
            return .writeReport(.attempt(attemptID))
        case .addIntervention:
            return .addIntervention(attempt: attemptID)
        case .editIntervention, .deleteIntervention:
            guard focus == .interventions, let id = selectedIntervention else {
                return .flash("select an intervention first (Tab to the interventions pane)")
            }
            return action == .editIntervention ? .editIntervention(id) : .deleteIntervention(id)
        default:
            switch focus {
            case .timeline: scrollTimeline(action)
            case .interventions:
                if case .activated(let id) = interventions.perform(action), let number = Int64(id) { return .editIntervention(number) }
            }
            return .none
        }
    }

    /// Applies a mouse event given the body rectangle.
    mutating func handle(_ mouse: MouseEvent, in rect: Rect) -> ViewEffect {
        let layout = Self.layout(rect, data: data)
        if layout.timeline.contains(mouse.position) {
            focus = .timeline
            syncFocus()
            if mouse.kind == .wheelDown { scrollTimeline(.moveDown) }
            if mouse.kind == .wheelUp { scrollTimeline(.moveUp) }
        } else if layout.interventions.contains(mouse.position) {
            focus = .interventions
            syncFocus()
            if case .activated(let id) = interventions.handle(mouse, in: layout.interventions.inset(dx: 2, dy: 1)),
               let number = Int64(id) {
                return .editIntervention(number)
            }
        }
        return .none
    }

    private mutating func scrollTimeline(_ action: ActionID) {
        let count = data?.detail.events.count ?? 0
        switch action {
        case .moveDown, .pageDown, .halfPageDown: timelineOffset += action == .moveDown ? 1 : 5
        case .moveUp, .pageUp, .halfPageUp: timelineOffset -= action == .moveUp ? 1 : 5
        case .top: timelineOffset = 0
        case .bottom: timelineOffset = count * 4
        default: return
        }
        // The upper bound is settled when drawing, where the wrapped length is known.
        timelineOffset = max(0, min(timelineOffset, count * 4))
    }

    /// The status history, newest first, wrapped to `width`: a line per change and its note
    /// indented below it.
    func timelineLines(width: Int) -> [(String, ThemeRole)] {
        guard let data else { return [] }
        var lines: [(String, ThemeRole)] = []
        for event in data.detail.events.reversed() {
            let change = event.fromStatus.map { "\($0.rawValue) → \(event.toStatus.rawValue)" } ?? "opened, \(event.toStatus.rawValue)"
            lines.append(("\(Format.day(event.at)) \(change)", .text))
            if let note = event.note, !note.isEmpty {
                for part in TextWidth.wrap(TerminalText.sanitized(note), to: max(1, width - 2)) { lines.append(("  " + part, .dim)) }
            }
        }
        return lines
    }

    private mutating func syncFocus() {
        interventions.isFocused = focus == .interventions
    }

    /// Where each part goes inside the body.
    struct Regions {
        var header: Rect
        var timeline: Rect
        var interventions: Rect
        var burnDown: Rect
        var losses: Rect
    }

    static func layout(_ rect: Rect, data: AttemptDetailData?) -> Regions {
        let lossRows = data?.losses.count ?? 0
        let chartHeight = max(5, min(12, lossRows + 3))
        let rows = Layout.split(rect, .vertical, [.fixed(3), .fill, .fixed(chartHeight)])
        let top = Layout.split(rows[1], .horizontal, [.percent(38), .fill])
        let bottom = Layout.split(rows[2], .horizontal, [.percent(38), .fill])
        return Regions(header: rows[0], timeline: top[0], interventions: top[1], burnDown: bottom[0], losses: bottom[1])
    }
}
