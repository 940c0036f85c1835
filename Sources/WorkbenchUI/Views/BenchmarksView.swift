import TerminalCore
import WorkbenchStore
import WorkbenchWidgets

/// Stored benchmark sessions: the chosen session's kernel × port matrix of loss against
/// the baseline, coloured by verdict, intervals on demand (`i`, with the spread between
/// rounds and the round count where the session was measured in rounds), and a bar chart
/// of the selected kernel's ports.
struct BenchmarksView {
    private(set) var sessions: [BenchSession] = []
    /// Index into `sessions` (0 is the newest).
    private(set) var sessionIndex = 0
    private(set) var results: [BenchResult] = []
    /// The compared ports, in the order of the matrix columns.
    private(set) var ports: [String] = []
    private(set) var showsIntervals = false
    private(set) var matrix = TableView(columns: [])
    private(set) var loadError: String?

    /// The session shown, if any.
    var current: BenchSession? { sessions.indices.contains(sessionIndex) ? sessions[sessionIndex] : nil }

    /// Re-reads the sessions and the results of the one shown (the newest after a run lands).
    mutating func reload(from workbench: Workbench, showNewest: Bool = false) {
        do {
            let previous = current?.id
            sessions = try workbench.benchSessions()
            if showNewest {
                sessionIndex = 0
            } else if let previous, let index = sessions.firstIndex(where: { $0.id == previous }) {
                sessionIndex = index
            } else {
                sessionIndex = min(sessionIndex, max(0, sessions.count - 1))
            }
            results = try current?.id.map { try workbench.benchResults(session: $0) } ?? []
            loadError = nil
        } catch {
            loadError = String(describing: error)
            results = []
        }
        rebuild()
    }

    /// Lays the results out as rows of kernel and size, one column per compared port.
    private mutating func rebuild() {
        ports = []
        for result in results where result.baselinePort != nil && !ports.contains(result.port) { ports.append(result.port) }
        let selected = matrix.selectedRow?.id
        var order: [String] = []
        var byRow: [String: [String: BenchResult]] = [:]
        for result in results {
            let key = result.kernel + " " + result.size
            if byRow[key] == nil { order.append(key) }
            byRow[key, default: [:]][result.port] = result
        }
        // Columns as wide as their widest cell, so the matrix stays compact and nothing is cut.
        let kernelWidth = max(6, results.map { TextWidth.of($0.kernel) }.max() ?? 0)
        var columns = [TableColumn("kernel", width: .fixed(kernelWidth)), TableColumn("size", width: .fixed(4))]
        columns += ports.map { port in
            let widest = results.filter { $0.port == port }.map { TextWidth.of(cellText($0)) }.max() ?? 0
            return TableColumn(port, width: .fixed(max(TextWidth.of(port), widest) + 1), alignment: .right)
        }
        columns.append(TableColumn("", width: .flex(min: 0, weight: 1), sortable: false))
        matrix = TableView(columns: columns)
        matrix.emptyMessage = current == nil ? "no benchmark sessions yet: r runs the suite" : "no comparisons in this session"
        matrix.setRows(order.compactMap { key -> TableRow? in
            guard let row = byRow[key], let any = row.values.first else { return nil }
            let cells = ports.map { port in row[port].map(cellText) ?? "" }
            let roles: [ThemeRole?] = [nil, nil] + ports.map { port in row[port].map { Format.role($0.verdict) } }
            return TableRow(id: key, cells: [any.kernel, any.size] + cells + [""],
                            sortKeys: [.text(any.kernel), .text(any.size)] + ports.map { port in .number(row[port]?.lossPercent ?? -1e300) },
                            cellRoles: roles)
        })
        if let selected { _ = matrix.select(id: selected) }
    }

    private func cellText(_ result: BenchResult) -> String {
        if result.verdict == .wrong { return "WRONG" }
        guard let loss = result.lossPercent else { return result.stopReason.map { _ in "failed" } ?? "–" }
        var text = Format.loss(loss)
        if showsIntervals, let low = result.ciLow, let high = result.ciHigh {
            text += " [\(Format.loss((low - 1) * 100)),\(Format.loss((high - 1) * 100))]"
            // Measured in rounds: the spread between rounds, beside the interval it produced.
            if let spread = Format.spread(result.roundSpread) { text += " " + spread + (result.rounds.map { " \($0)r" } ?? "") }
        }
        return text + " " + (result.verdict.map(Self.verdictMark) ?? " ")
    }

    /// One letter per verdict, so the matrix reads without colour.
    static func verdictMark(_ verdict: Verdict) -> String {
        switch verdict {
        case .same: return "="
        case .slower: return "▼"
        case .faster: return "▲"
        case .inconclusive: return "?"
        case .wrong: return "✗"
        }
    }

    /// The results of the selected row, one per compared port.
    var selectedResults: [BenchResult] {
        guard let key = matrix.selectedRow?.id else { return [] }
        return results.filter { $0.kernel + " " + $0.size == key && $0.baselinePort != nil }
    }

    /// Applies a keymap action; `workbench` is read when another session is chosen.
    mutating func perform(_ action: ActionID, workbench: Workbench) -> ViewEffect {
        switch action {
        case .toggleIntervals:
            showsIntervals.toggle()
            rebuild()
            return .flash(showsIntervals ? "showing 95% intervals" : "intervals hidden")
        case .olderItem, .newerItem:
            guard !sessions.isEmpty else { return .flash("no benchmark sessions yet") }
            let next = sessionIndex + (action == .olderItem ? 1 : -1)
            guard sessions.indices.contains(next) else {
                return .flash(action == .olderItem ? "this is the oldest session" : "this is the newest session")
            }
            sessionIndex = next
            do {
                results = try current?.id.map { try workbench.benchResults(session: $0) } ?? []
            } catch {
                return .flash(String(describing: error))
            }
            rebuild()
            return .none
        case .startBench:
            return .startBench
        default:
            _ = matrix.perform(action)
            return .none
        }
    }

    /// Applies a mouse event given the body rectangle.
    mutating func handle(_ mouse: MouseEvent, in rect: Rect) -> ViewEffect {
        _ = matrix.handle(mouse, in: Self.layout(rect, chartBars: selectedResults.count, matrixRows: matrix.visibleRows.count).matrix.inset(top: 1, left: 1, bottom: 1, right: 1))
        return .none
    }

    /// Where the header, the matrix and the chart go.
    static func layout(_ rect: Rect, chartBars: Int, matrixRows: Int) -> (header: Rect, matrix: Rect, chart: Rect) {
        let header = Rect(x: rect.x, y: rect.y, width: rect.width, height: min(2, rect.height))
        let rest = max(0, rect.height - 2)
        let chartHeight = min(max(3, chartBars + 2), rest / 2)
        // The matrix only as tall as its rows (plus header and border), the chart right under it.
        let matrix = Rect(x: rect.x, y: rect.y + 2, width: rect.width, height: min(rest - chartHeight, max(4, matrixRows + 3)))
        let chart = Rect(x: rect.x, y: matrix.maxY, width: rect.width, height: chartHeight)
        return (header, matrix, chart)
    }

    /// Draws the session header, the matrix and the selected kernel's bars.
    func render(into canvas: inout Canvas, in rect: Rect, context: ViewContext) {
        let theme = context.theme
        guard !rect.isEmpty else { return }
        if let loadError {
            canvas.drawLine(" " + loadError, in: rect.row(0), style: theme[.error], ellipsis: theme.glyphs.ellipsis)
            return
        }
        let selected = selectedResults
        let layout = Self.layout(rect, chartBars: selected.count, matrixRows: matrix.visibleRows.count)
        if let session = current {
            var title = "session #\(session.id ?? 0)"
            if let label = session.label { title += " · " + label }
            canvas.drawLine(" " + title, in: layout.header.row(0), style: theme[.title], ellipsis: theme.glyphs.ellipsis)
            var line = "\(Format.day(session.startedAt)) · baseline \(session.baselinePort ?? "–")"
            if let host = session.host { line += " · host \(host)" }
            if let attempt = session.attemptId { line += " · attempt #\(attempt)" }
            if let triad = session.triadGbps { line += " · triad \(Int(triad.rounded())) GB/s" }
            line += " · session \(sessionIndex + 1) of \(sessions.count) · loss vs baseline, = same ▼ slower ▲ faster ? inconclusive"
            canvas.drawLine(" " + line, in: layout.header.row(1), style: theme[.dim], ellipsis: theme.glyphs.ellipsis)
        } else {
            canvas.drawLine(" no benchmark sessions yet", in: layout.header.row(0), style: theme[.title])
            canvas.drawLine(" r runs the kernel suite in the background; or drawbridge bench run --save",
                            in: layout.header.row(1), style: theme[.dim], ellipsis: theme.glyphs.ellipsis)
        }
        let matrixArea = canvas.drawPane(layout.matrix, title: "Loss per kernel × port (\(matrix.rows.count) rows)", focused: true, theme: theme)
        matrix.render(into: &canvas, in: matrixArea, theme: theme)
        let kernel = matrix.selectedRow.map { "\($0.cell(0)) \($0.cell(1))" } ?? ""
        let chartArea = canvas.drawPane(layout.chart, title: "Ports of \(kernel)", focused: false, theme: theme)
        let bars = selected.map { LossBar.bar($0, label: $0.port) }
        if bars.isEmpty {
            canvas.drawLine("nothing selected", in: chartArea.row(0), style: theme[.dim])
        } else {
            BarChart(bars, showsIntervals: true).render(into: &canvas, in: chartArea, theme: theme)
        }
    }
}
