import TerminalCore
import WorkbenchStore
import WorkbenchWidgets

/// Routing input: overlays first, then the keymap for the current screen.
extension WorkbenchApp {
    /// Reacts to one event; returns whether the screen needs redrawing.
    public func handle(_ event: InputEvent) -> Bool {
        switch event {
        case .tick:
            return tick()
        case .resize(let newSize):
            size = newSize
            return true
        case .mouse(let mouse):
            guard size.fits(options.minimumSize) else { return false }
            handle(mouse)
            return true
        case .key(let key):
            flash = nil
            handle(key)
            return true
        }
    }

    /// Expires toasts and, every `pollInterval` seconds, looks for outside changes.
    func tick() -> Bool {
        let now = clock.now()
        var changed = toasts.expire(now: now)
        if job != nil { changed = checkJob() || changed }
        if scans.isGrouping { changed = scans.collectGroups(from: workbench) || changed }
        if now - lastPoll >= options.pollInterval {
            lastPoll = now
            // A form or dialog in progress is not disturbed; the check runs once it closes.
            if overlay == nil || isPromptOpen { changed = checkForExternalChanges() || changed }
        }
        return changed
    }

    private var isPromptOpen: Bool {
        if case .prompt = overlay { return true }
        return false
    }

    func handle(_ key: Key) {
        if key == .ctrl("c") {
            finished = true
            return
        }
        if key == .ctrl("z") {
            suspendRequested = true
            return
        }
        guard size.fits(options.minimumSize) else {
            if key == .char("q") || key == .char("Q") { finished = true }
            return
        }
        if let overlay {
            handle(key, in: overlay)
            return
        }
        guard let action = keymap.action(for: key, in: currentScreen.viewName) else { return }
        perform(action)
    }

    private func handle(_ key: Key, in current: Overlay) {
        switch current {
        case .help(var help):
            overlay = help.handle(key) == .closed ? nil : .help(help)
        case .confirmDelete(let id, var dialog):
            switch dialog.handle(key) {
            case .confirmed:
                overlay = nil
                deleteIntervention(id)
            case .cancelled:
                overlay = nil
                flash = "kept intervention \(id)"
            default:
                overlay = .confirmDelete(id, dialog)
            }
        case .confirmQuit(var dialog):
            switch dialog.handle(key) {
            case .confirmed:
                overlay = nil
                abandonJobAndQuit()
            case .cancelled:
                overlay = nil
                flash = "still running: \(job?.title ?? "nothing")"
            default:
                overlay = .confirmQuit(dialog)
            }
        case .prompt(let purpose, var prompt):
            switch prompt.handle(key) {
            case .edited(let text):
                if purpose == .filter { setFilter(text) }
                overlay = .prompt(purpose, prompt)
            case .submitted(let text):
                overlay = nil
                if purpose == .filter {
                    filterHistory = prompt.history
                } else {
                    commandHistory = prompt.history
                    run(command: text)
                }
            case .cancelled:
                overlay = nil
                if purpose == .filter { setFilter("") }
            default:
                overlay = .prompt(purpose, prompt)
            }
        case .form(let purpose, var form):
            switch form.handle(key) {
            case .submitted(let values):
                submit(purpose, values: values, form: form)
            case .cancelled:
                overlay = nil
            default:
                overlay = .form(purpose, form)
            }
        }
    }

    /// Performs a keymap action on the current screen.
    func perform(_ action: ActionID) {
        switch action {
        case .quit:
            requestQuit()
        case .close:
            if !goBack() { requestQuit() }
        case .back:
            if !currentFilter.isEmpty {
                setFilter("")
            } else if !goBack() {
                toasts.dismissAll()
            }
        case .help:
            overlay = .help(HelpOverlay(keymap: keymap, view: currentScreen.viewName,
                                        viewTitle: "This screen (\(currentScreen.viewName))", title: "Keys"))
        case .filter:
            guard filterable else {
                flash = "nothing to filter here"
                return
            }
            overlay = .prompt(.filter, PromptLine(prefix: "/", text: currentFilter, placeholder: filterPlaceholder, history: filterHistory))
        case .commandLine:
            overlay = .prompt(.command, PromptLine(prefix: ":", placeholder: AppCommand.usage, history: commandHistory))
        case .suspend:
            suspendRequested = true
        default:
            if let number = action.screenNumber, let top = TopScreen(rawValue: number) {
                go(to: top.screen, push: false)
                return
            }
            apply(screenEffect(for: action))
        }
    }

    private func screenEffect(for action: ActionID) -> ViewEffect {
        switch currentScreen {
        case .welcome: return WelcomeView(fileName: fileName).perform(action)
        case .portfolio: return portfolio.perform(action)
        case .attempts: return attempts.perform(action)
        case .interventions: return interventions.perform(action)
        case .attemptDetail: return detail?.perform(action) ?? .none
        case .scan: return scans.perform(action, workbench: workbench)
        case .finding: return finding?.perform(action) ?? .none
        case .benchmarks: return benchmarks.perform(action, workbench: workbench)
        case .catalog: return catalog.perform(action)
        }
    }

    /// The workspace file's name (not its directory, which may be long or private).
    var fileName: String { String(workbench.path.split(separator: "/").last ?? "") }

    var filterable: Bool {
        switch currentScreen {
        case .portfolio, .attempts, .interventions, .scan, .catalog: return true
        case .welcome, .attemptDetail, .finding, .benchmarks: return false
        }
    }

    private var filterPlaceholder: String {
        switch currentScreen {
        case .interventions: return "engineer:NAME kind:KIND since:DAY until:DAY or any text"
        case .catalog: return "a CUDA symbol, family, replacement or word of a note"
        default: return "type to filter · Enter keep · Esc clear"
        }
    }

    /// The current screen's filter text.
    var currentFilter: String {
        switch currentScreen {
        case .portfolio: return portfolio.filter
        case .attempts: return attempts.filter
        case .interventions: return interventions.filterLine
        case .scan: return scans.filter
        case .catalog: return catalog.query
        case .welcome, .attemptDetail, .finding, .benchmarks: return ""
        }
    }

    func setFilter(_ text: String) {
        switch currentScreen {
        case .portfolio: portfolio.setFilter(text)
        case .attempts: attempts.setFilter(text)
        case .interventions: interventions.setFilter(text)
        case .scan: scans.setFilter(text, workbench: workbench)
        case .catalog: catalog.setQuery(text)
        case .welcome, .attemptDetail, .finding, .benchmarks: break
        }
    }

    private func handle(_ mouse: MouseEvent) {
        switch overlay {
        case .confirmDelete(let id, var dialog):
            switch dialog.handle(mouse, in: bodyRect) {
            case .confirmed:
                overlay = nil
                deleteIntervention(id)
            case .cancelled:
                overlay = nil
            default:
                overlay = .confirmDelete(id, dialog)
            }
            return
        case .help(var help):
            if mouse.kind == .wheelDown { _ = help.handle(.down) }
            if mouse.kind == .wheelUp { _ = help.handle(.up) }
            overlay = .help(help)
            return
        case .confirmQuit(var dialog):
            switch dialog.handle(mouse, in: bodyRect) {
            case .confirmed:
                overlay = nil
                abandonJobAndQuit()
            case .cancelled:
                overlay = nil
            default:
                overlay = .confirmQuit(dialog)
            }
            return
        case .some:
            return
        case nil:
            break
        }
        if mouse.position.y == 0, case .press(.left) = mouse.kind {
            if let index = tabBar.tab(atX: mouse.position.x, in: Rect(x: 0, y: 0, width: size.width, height: 1)),
               let top = TopScreen(rawValue: index + 1) {
                go(to: top.screen, push: false)
            }
            return
        }
        let body = bodyRect
        let effect: ViewEffect
        switch currentScreen {
        case .welcome: effect = .none
        case .portfolio: effect = portfolio.handle(mouse, in: body)
        case .attempts: effect = attempts.handle(mouse, in: body)
        case .interventions: effect = interventions.handle(mouse, in: body)
        case .attemptDetail: effect = detail?.handle(mouse, in: body) ?? .none
        case .scan: effect = scans.handle(mouse, in: body, workbench: workbench)
        case .finding: effect = finding?.handle(mouse) ?? .none
        case .benchmarks: effect = benchmarks.handle(mouse, in: body)
        case .catalog: effect = catalog.handle(mouse, in: body)
        }
        apply(effect)
    }

    /// The rectangle between the tab bar and the footer (and the progress line while a job runs).
    var bodyRect: Rect { Rect(x: 0, y: 1, width: size.width, height: max(0, size.height - 2 - (job == nil ? 0 : 1))) }

    /// The tab bar of the numbered screens.
    var tabBar: TabBar {
        TabBar(titles: TopScreen.allCases.map(\.title), selected: (currentScreen.topLevel?.rawValue ?? 0) - 1)
    }
}
