import TerminalCore
import WorkbenchStore
import WorkbenchWidgets

/// Drawing the portfolio.
extension PortfolioView {
    /// Draws the screen into the body rectangle.
    func render(into canvas: inout Canvas, in rect: Rect, context: ViewContext) {
        let theme = context.theme
        let layout = Self.layout(rect)
        let title = filter.isEmpty ? "Teams · codebases · attempts" : "Teams · codebases · attempts matching '\(filter)'"
        let treeArea = canvas.drawPane(layout.tree, title: title, focused: focus == .tree, theme: theme)
        if tree.lines.isEmpty {
            canvas.drawLine(filter.isEmpty ? "no teams yet: t adds one" : "nothing matches '\(filter)'",
                            in: treeArea.row(0), style: theme[.dim], ellipsis: theme.glyphs.ellipsis)
        } else {
            tree.render(into: &canvas, in: treeArea, theme: theme)
        }
        renderKPIs(into: &canvas, in: layout.kpis, context: context)
        renderSelected(into: &canvas, in: layout.selected, theme: theme)
        let blockedArea = canvas.drawPane(layout.blocked, title: "Blocked (\(blocked.rows.count))", focused: focus == .blocked, theme: theme)
        blocked.render(into: &canvas, in: blockedArea, theme: theme)
    }

    private func renderKPIs(into canvas: inout Canvas, in rect: Rect, context: ViewContext) {
        let theme = context.theme
        let area = canvas.drawPane(rect, title: "Programme", focused: false, theme: theme)
        guard !area.isEmpty else { return }
        let total = snapshot.attemptsByStatus.values.reduce(0, +)
        let labelWidth = 11
        canvas.drawField("attempts", String(total), in: area.row(0), labelWidth: labelWidth, theme: theme, valueRole: .title)
        let groups = AttemptStatus.allCases.map { status in
            [TextSpan(status.rawValue, style: theme[Format.role(status)]),
             TextSpan(" \(snapshot.attemptsByStatus[status.rawValue] ?? 0)", style: theme[.text])]
        }
        var row = 1 + canvas.drawFlowing(groups, in: area.inset(top: 1, left: 2))
        let blockedCount = snapshot.attemptsByStatus[AttemptStatus.blocked.rawValue] ?? 0
        canvas.drawField("blocked", blockedCount == 0 ? "none" : Format.count(blockedCount, "attempt"),
                         in: area.row(row), labelWidth: labelWidth, theme: theme, valueRole: blockedCount == 0 ? .text : .statusBlocked)
        row += 1
        canvas.drawField("this month", "\(Format.hours(snapshot.hoursThisMonth)) (\(context.today.monthKey))",
                         in: area.row(row), labelWidth: labelWidth, theme: theme)
        row += 1
        canvas.drawField("total", "\(Format.hours(snapshot.hours)) · \(Format.count(snapshot.interventions, "intervention"))",
                         in: area.row(row), labelWidth: labelWidth, theme: theme)
        row += 1
        if !snapshot.lossByTarget.isEmpty {
            let text = Target.allCases.compactMap { target in
                snapshot.lossByTarget[target].map { "\(target.rawValue) \(Format.loss($0))" }
            }.joined(separator: " · ")
            canvas.drawField("median loss", text, in: area.row(row), labelWidth: labelWidth, theme: theme)
        }
    }

    private func renderSelected(into canvas: inout Canvas, in rect: Rect, theme: Theme) {
        let area = canvas.drawPane(rect, title: "Selected", focused: false, theme: theme)
        guard !area.isEmpty, let id = tree.selectedLine?.node.id, let number = Int64(id.dropFirst()) else { return }
        var lines: [(String, String, ThemeRole)] = []
        switch id.first {
        case "t":
            guard let team = snapshot.teams.first(where: { $0.id == number }) else { return }
            lines = [
                ("team", team.name, .title),
                ("org · lead", [team.org ?? "–", team.lead ?? "–"].joined(separator: " · "), .text),
                ("codebases", "\(team.codebases) · \(Format.count(team.attempts, "attempt"))", .text),
                ("hours", Format.hours(team.hours), .text),
            ]
        case "c":
            guard let codebase = snapshot.codebases.first(where: { $0.id == number }) else { return }
            lines = [
                ("codebase", codebase.name, .title),
                ("language", codebase.language ?? "–", .text),
                ("location", codebase.location ?? "–", .text),
                ("attempts", "\(codebase.attempts) · \(Format.hours(codebase.hours))", .text),
            ]
        default:
            guard let attempt = snapshot.attempt(number) else { return }
            let metrics = snapshot.metrics[number]
            var figures = "\(Format.hours(attempt.hours)) · \(Format.days(attempt.daysOpen)) open"
            if let open = metrics?.openFindings { figures += " · \(Format.count(open, "finding"))" }
            if let loss = metrics?.medianLoss { figures += " · loss \(Format.loss(loss))" }
            lines = [
                ("attempt", "#\(attempt.id) \(attempt.title)", .title),
                ("status", attempt.status.rawValue, Format.role(attempt.status)),
                ("road", "\(attempt.target.rawValue) · \(attempt.strategy.rawValue)", .text),
                ("figures", figures, .text),
            ]
        }
        for (index, line) in lines.enumerated() where index < area.height {
            canvas.drawField(line.0, line.1, in: area.row(index), labelWidth: 10, theme: theme, valueRole: line.2)
        }
    }
}
