import TerminalCore
import WorkbenchWidgets

/// Drawing a frame: tab bar, the current screen, overlays, toasts and the footer.
extension WorkbenchApp {
    /// Draws the whole screen into `canvas` and returns where the text cursor belongs.
    public func render(into canvas: inout Canvas) -> Point? {
        size = canvas.size
        let theme = options.theme
        guard size.fits(options.minimumSize) else {
            TooSmallNotice.render(into: &canvas, needs: options.minimumSize, theme: theme)
            return nil
        }
        canvas.fill(canvas.bounds, style: theme[.text])
        renderHeader(into: &canvas)
        let body = bodyRect
        switch currentScreen {
        case .welcome: WelcomeView(fileName: fileName).render(into: &canvas, in: body, context: context)
        case .portfolio: portfolio.render(into: &canvas, in: body, context: context)
        case .attempts:
            attempts.fitColumns(to: body.width)
            attempts.render(into: &canvas, in: body, context: context)
        case .interventions: interventions.render(into: &canvas, in: body, context: context)
        case .attemptDetail: detail?.render(into: &canvas, in: body, context: context)
        case .scan:
            scans.fitColumns(to: body.width)
            scans.render(into: &canvas, in: body, context: context)
        case .finding: finding?.render(into: &canvas, in: body, context: context)
        case .benchmarks: benchmarks.render(into: &canvas, in: body, context: context)
        case .catalog: catalog.render(into: &canvas, in: body, context: context)
        }
        renderJob(into: &canvas, theme: theme)
        var cursor: Point?
        switch overlay {
        case .help(let help):
            help.render(into: &canvas, in: body, theme: theme)
        case .form(_, let form):
            let wanted = form.preferredSize(maxWidth: min(body.width - 4, 90))
            cursor = form.render(into: &canvas, in: body.centered(width: wanted.width, height: wanted.height), theme: theme)
        case .confirmDelete(_, let dialog), .confirmQuit(let dialog):
            dialog.render(into: &canvas, in: body, theme: theme)
        case .prompt, nil:
            break
        }
        toasts.render(into: &canvas, in: body.inset(bottom: 1, right: 1), theme: theme, now: clock.now())
        let footer = Rect(x: 0, y: size.height - 1, width: size.width, height: 1)
        if case .prompt(_, let prompt) = overlay {
            cursor = prompt.render(into: &canvas, in: footer, theme: theme)
        } else {
            statusBar.render(into: &canvas, in: footer, theme: theme)
        }
        return cursor
    }

    private func renderHeader(into canvas: inout Canvas) {
        let theme = options.theme
        let line = Rect(x: 0, y: 0, width: size.width, height: 1)
        tabBar.render(into: &canvas, in: line, theme: theme)
        let label = "Drawbridge · \(fileName) "
        let width = TextWidth.of(label)
        let tabsWidth = TopScreen.allCases.map { TextWidth.of(" \($0.rawValue) \($0.title) ") }.reduce(0, +)
        guard width + tabsWidth + 2 <= size.width else { return }
        canvas.draw(label, at: Point(x: size.width - width, y: 0), style: theme[.dim], clip: line)
    }

    /// The footer: where you are, the flash message and the keys that matter here.
    var statusBar: StatusBar {
        var crumbs = ["drawbridge"]
        switch currentScreen {
        case .welcome: crumbs.append("welcome")
        case .portfolio: crumbs.append("portfolio")
        case .attempts: crumbs.append("attempts")
        case .interventions: crumbs.append("interventions")
        case .attemptDetail(let id):
            crumbs.append("attempts")
            crumbs.append("#\(id)")
        case .scan: crumbs.append("scan")
        case .finding(let id):
            crumbs.append("scan")
            crumbs.append("finding \(id)")
        case .benchmarks: crumbs.append("benchmarks")
        case .catalog: crumbs.append("catalog")
        }
        let hints: [KeyHint]
        switch overlay {
        case .form:
            hints = keymap.bindings(in: .view("form")).filter(\.showInFooter).compactMap { binding in
                binding.keys.first.map { KeyHint(key: $0.displayName, label: binding.label) }
            }
        case .help:
            hints = [KeyHint(key: "Esc", label: "close"), KeyHint(key: "↓", label: "scroll")]
        case .confirmDelete:
            hints = [KeyHint(key: "y", label: "delete"), KeyHint(key: "n", label: "keep")]
        case .confirmQuit:
            hints = [KeyHint(key: "y", label: "quit"), KeyHint(key: "n", label: "keep running")]
        default:
            // The filter hint only where there is something to filter.
            hints = keymap.footerHints(in: currentScreen.viewName).filter { filterable || $0.label != "filter" }
        }
        return StatusBar(breadcrumbs: crumbs, flash: flash, hints: hints)
    }
}
