import CUDAScan
import TerminalCore
import WorkbenchWidgets

/// The CUDA → target catalog: search a symbol (`/`) and see what replaces it on every
/// target, with its effort, the chip generations it depends on and the porting note.
struct CatalogView {
    private(set) var catalog: Catalog?
    private(set) var loadError: String?
    private var index: CatalogSearchIndex?
    /// The rows of every entry, built once: the empty search is the common case.
    private var allRows: [TableRow] = []
    private var allShown: [String: CatalogEntry] = [:]
    private var shown: [String: CatalogEntry] = [:]
    private(set) var query = ""
    private(set) var table = TableView(columns: [
        TableColumn("symbol", width: .flex(min: 14, weight: 3)),
        TableColumn("family", width: .flex(min: 6, weight: 1)),
        TableColumn("ascend", width: .flex(min: 8, weight: 2)),
        TableColumn("hip", width: .flex(min: 8, weight: 2)),
        TableColumn("sycl", width: .flex(min: 0, weight: 2)),
    ])
    /// Search results shown at most; the count line says when there are more.
    static let resultLimit = 500

    /// True once a catalog (or the reason there is none) has been loaded.
    var isLoaded: Bool { catalog != nil || loadError != nil }

    /// Loads the catalog once.
    mutating func load(_ loader: (@Sendable () throws -> Catalog)?) {
        guard !isLoaded else { return }
        guard let loader else {
            loadError = "no catalog is available to this workbench"
            return
        }
        do {
            let catalog = try loader()
            self.catalog = catalog
            index = CatalogSearchIndex(catalog)
            setQuery(query)
        } catch {
            loadError = String(describing: error)
        }
    }

    /// Shows the entries matching `text` (every entry when empty).
    mutating func setQuery(_ text: String) {
        query = text
        guard let catalog, let index else { return }
        table.emptyMessage = "nothing in the catalog matches '\(text)'"
        if text.isEmpty {
            if allRows.isEmpty {
                allRows = index.entries.map { Self.row($0, catalog: catalog) }
                allShown = Self.bySymbol(index.entries)
            }
            shown = allShown
            table.setRows(allRows)
            return
        }
        let entries = index.search(text, limit: Self.resultLimit)
        shown = Self.bySymbol(entries)
        table.setRows(entries.map { Self.row($0, catalog: catalog) })
    }

    private static func bySymbol(_ entries: [CatalogEntry]) -> [String: CatalogEntry] {
        Dictionary(entries.map { ($0.symbol, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// One entry as a row: symbol, family, and effort and replacement on each target.
    private static func row(_ entry: CatalogEntry, catalog: Catalog) -> TableRow {
        let mappings = [Target.ascend, .hip, .sycl].map { catalog.mapping(for: entry, target: $0) }
        let cells = mappings.map { mapping in mapping.map { $0.assessed ? "\($0.effort.rawValue): \($0.replacement ?? "none")" : "not assessed" } ?? "–" }
        let roles = mappings.map { mapping in mapping.map { role($0.effort) } }
        return TableRow(id: entry.symbol, cells: [entry.symbol, entry.family] + cells, cellRoles: [nil, nil] + roles)
    }

    /// The theme role of an effort.
    static func role(_ effort: Effort) -> ThemeRole { Format.role(effort: effort.rawValue) }

    /// The selected entry.
    var selected: CatalogEntry? { table.selectedRow.flatMap { shown[$0.id] } }

    /// Applies a keymap action.
    mutating func perform(_ action: ActionID) -> ViewEffect {
        _ = table.perform(action)
        return .none
    }

    /// Applies a mouse event given the body rectangle.
    mutating func handle(_ mouse: MouseEvent, in rect: Rect) -> ViewEffect {
        _ = table.handle(mouse, in: Self.layout(rect).table.inset(top: 1, left: 1, bottom: 1, right: 1))
        return .none
    }

    /// Where the count line, the results and the entry's details go.
    static func layout(_ rect: Rect) -> (header: Rect, table: Rect, detail: Rect) {
        let detailHeight = min(8, max(0, rect.height - 6))
        let header = Rect(x: rect.x, y: rect.y, width: rect.width, height: min(1, rect.height))
        let table = Rect(x: rect.x, y: rect.y + 1, width: rect.width, height: max(0, rect.height - 1 - detailHeight))
        let detail = Rect(x: rect.x, y: table.maxY, width: rect.width, height: detailHeight)
        return (header, table, detail)
    }

    /// Draws the count line, the results table and the selected entry's mappings.
    func render(into canvas: inout Canvas, in rect: Rect, context: ViewContext) {
        let theme = context.theme
        guard !rect.isEmpty else { return }
        guard let catalog else {
            canvas.drawLine(" " + (loadError ?? "loading the catalog…"), in: rect.row(0), style: theme[.error], ellipsis: theme.glyphs.ellipsis)
            return
        }
        let layout = Self.layout(rect)
        var line = query.isEmpty ? "\(catalog.count) entries · / searches symbols, families, replacements and notes"
            : "\(table.rows.count)\(table.rows.count >= Self.resultLimit ? "+" : "") \(table.rows.count == 1 ? "entry matches" : "entries match") '\(query)'"
        line += " · efforts: direct, mechanical, rewrite, blocker"
        canvas.drawLine(" " + line, in: layout.header, style: theme[.dim], ellipsis: theme.glyphs.ellipsis)
        let tableArea = canvas.drawPane(layout.table, title: "Catalog", focused: true, theme: theme)
        table.render(into: &canvas, in: tableArea, theme: theme)
        guard let entry = selected else { return }
        let detailArea = canvas.drawPane(layout.detail, title: "\(entry.symbol) · \(entry.family) \(entry.kind)", focused: false, theme: theme)
        var row = 0
        for target in [Target.ascend, .hip, .sycl] {
            guard row < detailArea.height else { break }
            guard let mapping = catalog.mapping(for: entry, target: target) else { continue }
            var text = "\(TextWidth.pad(target.rawValue, to: 6)) \(TextWidth.pad(mapping.effort.rawValue, to: 10)) → \(mapping.replacement ?? "no replacement")"
            let generations = mapping.generationEfforts.sorted { $0.key.rawValue < $1.key.rawValue }
            if !generations.isEmpty {
                text += " (" + generations.map { "\($0.key.rawValue): \($0.value.rawValue)" }.joined(separator: ", ") + ")"
            }
            canvas.drawLine(text, in: detailArea.row(row), style: theme[Self.role(mapping.effort)], ellipsis: theme.glyphs.ellipsis)
            row += 1
            if let note = mapping.note, !note.isEmpty, row < detailArea.height {
                canvas.drawLine("       " + note, in: detailArea.row(row), style: theme[.dim], ellipsis: theme.glyphs.ellipsis)
                row += 1
            }
        }
        if !entry.origin.isEmpty, row < detailArea.height {
            // The catalog file's name and line, not the directory it was installed in.
            canvas.drawLine("from " + (entry.origin.split(separator: "/").last.map(String.init) ?? entry.origin), in: detailArea.row(detailArea.height - 1), style: theme[.dim], ellipsis: theme.glyphs.ellipsis)
        }
    }
}
