import TerminalCore
import WorkbenchStore
import WorkbenchWidgets

/// Stored scans: the chosen scan's findings grouped by family, file or effort on the
/// chosen target, and the findings of the selected group. `Enter` on a finding opens it.
struct ScanView {
    /// The panes `Tab` moves between.
    enum Pane { case groups, findings }

    /// Targets the catalog maps to, in the order `t` cycles through them.
    static let targets = ["ascend", "hip", "sycl"]
    /// Findings listed per group; the count line says when a group has more.
    static let findingLimit = 500
    /// Scans with more findings than this are grouped on a background thread.
    static let backgroundGroupingThreshold: Int64 = 20_000

    private(set) var scans: [ScanSummary] = []
    /// Index into `scans` (0 is the newest).
    private(set) var scanIndex = 0
    private(set) var grouping: FindingGrouping = .family
    /// The target efforts are shown for; nil means the scan's own.
    private(set) var chosenTarget: String?
    private(set) var focus: Pane = .groups
    private(set) var groups = TableView(columns: [
        TableColumn("group", width: .flex(min: 8, weight: 1)),
        TableColumn("n", width: .fixed(6), alignment: .right),
        TableColumn("dir", width: .fixed(5), alignment: .right),
        TableColumn("mech", width: .fixed(5), alignment: .right),
        TableColumn("rew", width: .fixed(5), alignment: .right),
        TableColumn("blk", width: .fixed(5), alignment: .right),
    ])
    private(set) var findings = TableView(columns: [
        TableColumn("where", width: .flex(min: 12, weight: 2)),
        TableColumn("symbol", width: .flex(min: 8, weight: 2)),
        TableColumn("effort", width: .fixed(10)),
        TableColumn("replacement", width: .flex(min: 0, weight: 2)),
    ])
    private var groupTotals: [String: Int] = [:]
    private var loadedGroup: String?
    private var rows: [Int64: Finding] = [:]
    private(set) var loadError: String?
    private var pending: GroupLoad?

    init() {
        groups.emptyMessage = "no findings in this scan"
        findings.emptyMessage = "no findings in this group"
        findings.isFocused = false
    }

    /// The scan shown, if any.
    var current: ScanSummary? { scans.indices.contains(scanIndex) ? scans[scanIndex] : nil }

    /// The target efforts and replacements are shown for.
    var target: String { chosenTarget ?? current?.scan.target ?? "ascend" }

    /// The selected finding's id.
    var selectedFinding: Int64? { findings.selectedRow.flatMap { Int64($0.id) } }

    /// Re-reads the list of scans and the groups of the one shown (the newest after a new scan lands).
    mutating func reload(from workbench: Workbench, showNewest: Bool = false) {
        do {
            let previous = current?.scan.id
            scans = try workbench.scans()
            if showNewest {
                scanIndex = 0
            } else if let previous, let index = scans.firstIndex(where: { $0.scan.id == previous }) {
                scanIndex = index
            } else {
                scanIndex = min(scanIndex, max(0, scans.count - 1))
            }
            try loadGroups(from: workbench)
            loadError = nil
        } catch {
            loadError = String(describing: error)
        }
    }

    private mutating func loadGroups(from workbench: Workbench) throws(StoreError) {
        loadedGroup = nil
        pending = nil
        guard let scan = current, let id = scan.scan.id else {
            groups.setRows([])
            findings.setRows([])
            return
        }
        let own = chosenTarget == nil || chosenTarget == scan.scan.target
        let request = GroupLoad.Request(scan: id, grouping: grouping, target: own ? nil : target)
        guard scan.scan.findingCount <= Self.backgroundGroupingThreshold else {
            // A large scan is grouped off the main thread; the screen says so meanwhile.
            pending = GroupLoad(request, workbench: workbench)
            groups.emptyMessage = "grouping \(scan.scan.findingCount) findings…"
            groups.setRows([])
            findings.setRows([])
            return
        }
        try show(try workbench.findingGroups(scan: id, by: request.grouping, target: request.target), from: workbench)
    }

    /// Shows `list` as the groups and reads the selected group's findings.
    private mutating func show(_ list: [FindingGroup], from workbench: Workbench) throws(StoreError) {
        groups.emptyMessage = "no findings in this scan"
        groupTotals = Dictionary(list.map { ($0.key, $0.count) }, uniquingKeysWith: +)
        groups.setRows(list.map { group in
            let cell = { (effort: Effort) in group.byEffort[effort].map(String.init) ?? "" }
            return TableRow(
                id: group.key,
                cells: [group.key, String(group.count), cell(.direct), cell(.mechanical), cell(.rewrite), cell(.blocker)],
                cellRoles: grouping == .effort ? [Self.role(Effort(rawValue: group.key) ?? .unknown)] : [])
        })
        try loadFindings(from: workbench)
    }

    /// True while a large scan is being grouped in the background.
    var isGrouping: Bool { pending != nil }

    /// Takes the background grouping's result when it is ready; returns whether the screen changed.
    mutating func collectGroups(from workbench: Workbench) -> Bool {
        guard let load = pending, let result = load.result else { return false }
        pending = nil
        do {
            try show(try result.get(), from: workbench)
            loadError = nil
        } catch {
            loadError = String(describing: error)
        }
        return true
    }

    /// Reads the findings of the selected group when the selection has moved to another group.
    mutating func loadFindings(from workbench: Workbench) throws(StoreError) {
        guard let scan = current, let id = scan.scan.id, let key = groups.selectedRow?.id else {
            findings.setRows([])
            loadedGroup = nil
            return
        }
        guard key != loadedGroup else { return }
        loadedGroup = key
        let own = chosenTarget == nil || chosenTarget == scan.scan.target
        let list = try workbench.findings(scan: id, in: grouping, key: key, target: own ? nil : target, limit: Self.findingLimit)
        let mapped = own ? list : list.map { Self.retargeted($0, to: target) }
        rows = Dictionary(uniqueKeysWithValues: mapped.compactMap { finding in finding.id.map { ($0, finding) } })
        // The file's name and line (its directory is in the note line under the panes), in
        // a column as wide as the longest, up to a limit, so line numbers are not cut.
        let places = mapped.map { "\($0.file.split(separator: "/").last.map(String.init) ?? $0.file):\($0.line)" }
        findings.columns[0].width = .fixed(min(26, max(6, places.map(TextWidth.of).max() ?? 0)))
        findings.setRows(zip(mapped, places).map { finding, place in
            TableRow(
                id: String(finding.id ?? 0),
                cells: [place, finding.symbol, finding.effort.rawValue, finding.replacement ?? "–"],
                cellRoles: [nil, nil, Self.role(finding.effort)])
        })
    }

    /// The finding with the replacement and note of `target` from its stored mappings.
    static func retargeted(_ finding: Finding, to target: String) -> Finding {
        var copy = finding
        let mapping = FindingMappings.decode(finding.mappings)[target]
        copy.replacement = mapping?.replacement
        copy.note = mapping?.note
        return copy
    }

    /// The theme role of an effort.
    static func role(_ effort: Effort) -> ThemeRole { Format.role(effort: effort.rawValue) }

    /// Applies a keymap action; `workbench` is read when the grouping, target or scan changes.
    mutating func perform(_ action: ActionID, workbench: Workbench) -> ViewEffect {
        do {
            switch action {
            case .nextPane, .previousPane:
                focus = focus == .groups ? .findings : .groups
            case .cycleGrouping:
                grouping = grouping.next
                try loadGroups(from: workbench)
                return .flash("grouped by \(grouping.rawValue)")
            case .cycleTarget:
                let index = Self.targets.firstIndex(of: target) ?? -1
                chosenTarget = Self.targets[(index + 1) % Self.targets.count]
                try loadGroups(from: workbench)
                return .flash("efforts and replacements on \(target)")
            case .olderItem, .newerItem:
                guard !scans.isEmpty else { return .flash("no scans yet") }
                let step = action == .olderItem ? 1 : -1
                let next = scanIndex + step
                guard scans.indices.contains(next) else { return .flash(step > 0 ? "this is the oldest scan" : "this is the newest scan") }
                scanIndex = next
                try loadGroups(from: workbench)
            case .startScan:
                return .startScan
            default:
                switch focus {
                case .groups:
                    if case .activated = groups.perform(action) {
                        focus = .findings
                    } else {
                        try loadFindings(from: workbench)
                    }
                case .findings:
                    if case .activated(let id) = findings.perform(action), let finding = Int64(id) {
                        return .open(.finding(finding))
                    }
                }
            }
        } catch {
            return .flash(String(describing: error))
        }
        groups.isFocused = focus == .groups
        findings.isFocused = focus == .findings
        return .none
    }

    /// The filter text in effect (it filters the groups).
    var filter: String { groups.filter }

    /// Filters the groups by text.
    mutating func setFilter(_ text: String, workbench: Workbench) {
        groups.setFilter(text)
        try? loadFindings(from: workbench)
    }

    /// Applies a mouse event given the body rectangle.
    mutating func handle(_ mouse: MouseEvent, in rect: Rect, workbench: Workbench) -> ViewEffect {
        let layout = Self.layout(rect)
        if layout.groups.contains(mouse.position) {
            focus = .groups
            _ = groups.handle(mouse, in: layout.groups.inset(top: 1, left: 1, bottom: 1, right: 1))
            try? loadFindings(from: workbench)
        } else if layout.findings.contains(mouse.position) {
            focus = .findings
            if case .activated(let id) = findings.handle(mouse, in: layout.findings.inset(top: 1, left: 1, bottom: 1, right: 1)),
               let finding = Int64(id) {
                return .open(.finding(finding))
            }
        }
        groups.isFocused = focus == .groups
        findings.isFocused = focus == .findings
        return .none
    }

    /// Hides the easy-effort columns of the groups pane when it is narrow, so the group
    /// names and the hard counts (rewrite, blocker) stay readable.
    mutating func fitColumns(to width: Int) {
        let groupsWidth = Self.layout(Rect(x: 0, y: 0, width: width, height: 10)).groups.width
        let narrow = groupsWidth < 46
        let easy: TableColumn.Width = narrow ? .fixed(0) : .fixed(5)
        if groups.columns[2].width != easy {
            groups.columns[2].width = easy
            groups.columns[3].width = easy
        }
    }

    /// Where the header, the two panes and the note line go.
    static func layout(_ rect: Rect) -> (header: Rect, groups: Rect, findings: Rect, note: Rect) {
        let header = Rect(x: rect.x, y: rect.y, width: rect.width, height: min(2, rect.height))
        let paneHeight = max(0, rect.height - 3)
        let left = min(max(30, rect.width * 2 / 5), max(0, rect.width - 20))
        let groups = Rect(x: rect.x, y: rect.y + 2, width: left, height: paneHeight)
        let findings = Rect(x: rect.x + left, y: rect.y + 2, width: max(0, rect.width - left), height: paneHeight)
        let note = Rect(x: rect.x, y: rect.y + 2 + paneHeight, width: rect.width, height: rect.height >= 3 ? 1 : 0)
        return (header, groups, findings, note)
    }

    /// The finding row shown in the note line.
    func finding(_ id: Int64) -> Finding? { rows[id] }

    /// How many findings the selected group has (more than the list shows when it is cut).
    var selectedGroupTotal: Int? { groups.selectedRow.flatMap { groupTotals[$0.id] } }
}
