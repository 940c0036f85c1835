import TerminalCore
import WorkbenchStore
import WorkbenchWidgets

/// Drawing the attempt screen.
extension AttemptDetailView {
    /// Draws the screen into the body rectangle.
    func render(into canvas: inout Canvas, in rect: Rect, context: ViewContext) {
        let theme = context.theme
        guard let data else {
            canvas.drawLine(" attempt \(attemptID) is not in this workspace", in: rect.row(0), style: theme[.warning])
            return
        }
        let layout = Self.layout(rect, data: data)
        renderHeader(data.detail, into: &canvas, in: layout.header, theme: theme)
        let timelineArea = canvas.drawPane(layout.timeline, title: "Status timeline", focused: focus == .timeline, theme: theme)
        let lines = timelineLines(width: timelineArea.width)
        let offset = min(timelineOffset, max(0, lines.count - timelineArea.height))
        for row in 0..<timelineArea.height where offset + row < lines.count {
            let line = lines[offset + row]
            canvas.drawLine(line.0, in: timelineArea.row(row), style: theme[line.1], ellipsis: theme.glyphs.ellipsis)
        }
        let count = data.detail.interventions.count
        let hours = Format.hours(data.detail.attempt.hours)
        let listArea = canvas.drawPane(layout.interventions, title: "Interventions (\(count), \(hours))",
                                       focused: focus == .interventions, theme: theme)
        interventions.render(into: &canvas, in: listArea, theme: theme)
        renderBurnDown(data.scans, into: &canvas, in: layout.burnDown, theme: theme)
        renderLosses(data, into: &canvas, in: layout.losses, theme: theme)
    }

    private func renderHeader(_ detail: AttemptDetail, into canvas: inout Canvas, in rect: Rect, theme: Theme) {
        let attempt = detail.attempt
        let badge = " \(attempt.status.rawValue) "
        let first = rect.row(0)
        canvas.fill(first, style: theme[.text])
        canvas.draw(" #\(attempt.id) \(attempt.title)", at: Point(x: first.x, y: first.y), style: theme[.title],
                    clip: first.inset(right: TextWidth.of(badge) + 1))
        canvas.draw(badge, at: Point(x: first.maxX - TextWidth.of(badge) - 1, y: first.y),
                    style: theme[Format.role(attempt.status)].reversed, clip: first)
        var road = "\(attempt.team) / \(attempt.codebase) · \(attempt.target.rawValue) · \(attempt.strategy.rawValue) · \(attempt.sourceStack)"
        if let stack = attempt.targetStack { road += " → \(stack)" }
        canvas.drawLine(" " + road, in: rect.row(1), style: theme[.text], ellipsis: theme.glyphs.ellipsis)
        var figures = "opened \(Format.day(attempt.createdAt)) · \(Format.days(attempt.daysOpen)) · "
            + "\(Format.count(attempt.interventions, "intervention")) · \(Format.hours(attempt.hours))"
        if let top = detail.hoursByKind.first { figures += " · most on \(top.label) (\(Format.hours(top.hours)))" }
        canvas.drawLine(" " + figures, in: rect.row(2), style: theme[.dim], ellipsis: theme.glyphs.ellipsis)
    }

    private func renderBurnDown(_ scans: [ScanSummary], into canvas: inout Canvas, in rect: Rect, theme: Theme) {
        let area = canvas.drawPane(rect, title: "Findings across scans", focused: false, theme: theme)
        guard !area.isEmpty else { return }
        guard let first = scans.first, let last = scans.last else {
            canvas.drawLine("no scans yet", in: area.row(0), style: theme[.dim], ellipsis: theme.glyphs.ellipsis)
            return
        }
        let counts = scans.map { Double($0.scan.findingCount) }
        Sparkline(counts, minimum: 0).render(into: &canvas, in: Rect(x: area.x, y: area.y, width: min(area.width, counts.count), height: 1), theme: theme)
        canvas.drawLine("\(first.scan.findingCount) → \(last.scan.findingCount) findings over \(Format.count(scans.count, "scan"))",
                        in: area.row(1), style: theme[.text], ellipsis: theme.glyphs.ellipsis)
        let efforts = Effort.allCases.compactMap { effort in
            last.findingsByEffort[effort.rawValue].map { "\(effort.rawValue) \($0)" }
        }.joined(separator: " · ")
        canvas.drawLine("latest \(Format.day(last.scan.startedAt)): \(efforts)", in: area.row(2), style: theme[.dim], ellipsis: theme.glyphs.ellipsis)
    }

    private func renderLosses(_ data: AttemptDetailData, into canvas: inout Canvas, in rect: Rect, theme: Theme) {
        var title = "Loss per kernel per port"
        if let session = data.session { title += " · " + ([Format.day(session.startedAt)] + [session.label, session.host].compactMap { $0 }).joined(separator: " · ") }
        let area = canvas.drawPane(rect, title: title, focused: false, theme: theme)
        guard !area.isEmpty else { return }
        guard !data.losses.isEmpty else {
            canvas.drawLine("no benchmark results yet", in: area.row(0), style: theme[.dim], ellipsis: theme.glyphs.ellipsis)
            return
        }
        // The size only when the session measured more than one; the verdict in words only
        // when there is room (its colour carries it otherwise).
        let showSize = Set(data.losses.map(\.size)).count > 1
        let showVerdict = area.width >= 70
        let bars = data.losses.map { result in
            LossBar.bar(result, label: showSize ? "\(result.kernel) \(result.size) · \(result.port)" : "\(result.kernel) · \(result.port)",
                        verdict: showVerdict)
        }
        BarChart(bars).render(into: &canvas, in: area, theme: theme)
    }
}
