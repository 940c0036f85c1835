import TerminalCore
import WorkbenchReports
import WorkbenchStore
import WorkbenchWidgets

/// The portfolio: teams → codebases → attempts on the left; programme KPIs, the selected
/// item and the blocked attempts on the right.
struct PortfolioView {
    /// The panes `Tab` moves between.
    enum Pane { case tree, blocked }

    private(set) var tree = TreeView()
    private(set) var blocked = TableView(columns: [
        TableColumn("#", width: .fixed(4), alignment: .right),
        TableColumn("attempt", width: .flex(min: 10, weight: 3)),
        TableColumn("days", width: .fixed(5), alignment: .right),
    ])
    private(set) var focus: Pane = .tree
    private(set) var snapshot = WorkspaceSnapshot.empty
    /// Narrows the tree to attempts (and their owners) containing this text.
    private(set) var filter = ""
    /// Team and codebase nodes seen so far: new ones start unfolded, and a node folded by
    /// hand stays folded across reloads.
    private var seen = Set<String>()

    /// Takes a new snapshot, keeping selection and folding.
    mutating func reload(_ snapshot: WorkspaceSnapshot) {
        self.snapshot = snapshot
        rebuildTree()
        let rows = snapshot.attempts.filter { $0.status == .blocked }.map { attempt in
            TableRow(id: String(attempt.id), cells: [String(attempt.id), attempt.title, String(attempt.daysOpen)])
        }
        blocked.emptyMessage = "nothing is blocked"
        blocked.setRows(rows)
        syncFocus()
    }

    /// Shows only matching attempts and their teams and codebases.
    mutating func setFilter(_ text: String) {
        filter = text
        rebuildTree()
    }

    private mutating func rebuildTree() {
        let needle = filter.lowercased()
        func matches(_ texts: String...) -> Bool { needle.isEmpty || texts.contains { $0.lowercased().contains(needle) } }
        var roots: [TreeNode] = []
        for team in snapshot.teams {
            var codebaseNodes: [TreeNode] = []
            for codebase in snapshot.codebases where codebase.team == team.name {
                let attempts = snapshot.attempts.filter { $0.codebase == codebase.name }
                let attemptNodes = attempts
                    .filter { matches($0.title, $0.codebase, $0.team, $0.target.rawValue, $0.status.rawValue) }
                    .map { attempt in
                        // Target and road rather than the title, which repeats the codebase and
                        // would push the status badge off narrow screens; Selected shows it.
                        TreeNode(id: "a\(attempt.id)", label: "#\(attempt.id) \(attempt.target.rawValue) \(attempt.strategy.rawValue)",
                                 badge: attempt.status.rawValue, badgeRole: Format.role(attempt.status))
                    }
                guard !attemptNodes.isEmpty || matches(codebase.name, team.name) else { continue }
                codebaseNodes.append(TreeNode(
                    id: "c\(codebase.id)", label: codebase.name,
                    badge: Format.count(codebase.attempts, "attempt"), children: attemptNodes))
            }
            guard !codebaseNodes.isEmpty || matches(team.name) else { continue }
            roots.append(TreeNode(id: "t\(team.id)", label: team.name, badge: Format.hours(team.hours), children: codebaseNodes))
        }
        var open = tree.expanded
        for root in roots {
            for node in [root] + root.children where !seen.contains(node.id) || !needle.isEmpty {
                open.insert(node.id)
                seen.insert(node.id)
            }
        }
        let selected = tree.selectedLine?.node.id
        tree = TreeView(roots: roots, expanded: open)
        if let selected { tree.select(id: selected) }
        tree.isFocused = focus == .tree
    }

    /// Applies a keymap action.
    mutating func perform(_ action: ActionID) -> ViewEffect {
        switch action {
        case .nextPane, .previousPane:
            focus = focus == .tree ? .blocked : .tree
            syncFocus()
            return .none
        case .addTeam:
            return .addTeam
        case .writeReport:
            return .writeReport(reportScope)
        default:
            break
        }
        switch focus {
        case .tree:
            return effect(of: tree.perform(action))
        case .blocked:
            if case .activated(let id) = blocked.perform(action), let attempt = Int64(id) { return .open(.attemptDetail(attempt)) }
            return .none
        }
    }

    /// The report `R` writes: the selected attempt's or codebase's, else the portfolio's.
    var reportScope: ReportScope {
        guard focus == .tree, let id = tree.selectedLine?.node.id, let number = Int64(id.dropFirst()) else { return .portfolio }
        if id.hasPrefix("a") { return .attempt(number) }
        if id.hasPrefix("c"), let codebase = snapshot.codebases.first(where: { $0.id == number }) { return .codebase(codebase.name) }
        return .portfolio
    }

    private mutating func effect(of outcome: TreeView.Outcome) -> ViewEffect {
        guard case .activated(let id) = outcome else { return .none }
        if id.hasPrefix("a"), let attempt = Int64(id.dropFirst()) { return .open(.attemptDetail(attempt)) }
        _ = tree.perform(.toggle)
        return .none
    }

    /// Applies a mouse event given the body rectangle the screen was drawn in.
    mutating func handle(_ mouse: MouseEvent, in rect: Rect) -> ViewEffect {
        let layout = Self.layout(rect)
        if layout.tree.contains(mouse.position) || (focus == .tree && mouse.kind != .press(.left)) {
            focus = .tree
            syncFocus()
            return effect(of: tree.handle(mouse, in: layout.treeInner))
        }
        if layout.blocked.contains(mouse.position) {
            focus = .blocked
            syncFocus()
            if case .activated(let id) = blocked.handle(mouse, in: layout.blockedInner), let attempt = Int64(id) {
                return .open(.attemptDetail(attempt))
            }
        }
        return .none
    }

    private mutating func syncFocus() {
        tree.isFocused = focus == .tree
        blocked.isFocused = focus == .blocked
    }

    /// Where each pane goes inside the body.
    struct Regions {
        var tree: Rect
        var treeInner: Rect
        var kpis: Rect
        var selected: Rect
        var blocked: Rect
        var blockedInner: Rect
    }

    static func layout(_ rect: Rect) -> Regions {
        let columns = Layout.split(rect, .horizontal, [.percent(50), .fill])
        let kpiHeight = 9
        let right = Layout.split(columns[1], .vertical, [.fixed(kpiHeight), .fixed(7), .fill])
        return Regions(
            tree: columns[0], treeInner: columns[0].inset(dx: 2, dy: 1), kpis: right[0], selected: right[1],
            blocked: right[2], blockedInner: right[2].inset(dx: 2, dy: 1))
    }
}
