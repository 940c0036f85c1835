import TerminalCore

/// A sortable, filterable table with a selected row.
///
/// State is a plain value: rows, filter, sort and cursor. `perform(_:)` applies keymap
/// actions, `handle(_:in:)` applies mouse events, and `render(into:in:theme:)` draws it.
/// The selection follows the selected row's id across sorting, filtering and reloads.
public struct TableView: Sendable {
    /// The sort order in effect.
    public struct Sort: Hashable, Sendable {
        /// The column sorted by.
        public var column: Int
        /// Ascending when true.
        public var ascending: Bool

        /// Sorting by `column`.
        public init(column: Int, ascending: Bool = true) {
            self.column = column
            self.ascending = ascending
        }
    }

    /// What an action did.
    public enum Outcome: Hashable, Sendable {
        /// Not a table action; the caller may handle it.
        case ignored
        /// The selection or scroll position changed (or the action was a no-op at an edge).
        case moved
        /// The sort order changed.
        case sorted
        /// The row with this id was opened (Enter, or a click on the selected row).
        case activated(String)
    }

    /// The columns.
    public var columns: [TableColumn]
    /// All rows, unfiltered, in their original order.
    public private(set) var rows: [TableRow]
    /// The current filter text (case-insensitive substring of any cell).
    public private(set) var filter: String = ""
    /// The sort in effect, nil for the original order.
    public private(set) var sort: Sort?
    /// The column `s` sorts by, moved with `<` and `>`.
    public private(set) var sortCursor: Int = 0
    /// Indices into `rows` of the rows shown, in display order.
    public private(set) var visibleRows: [Int] = []
    /// Selection and scroll over `visibleRows`.
    public private(set) var cursor = ListCursor()
    /// Whether the table has focus (selection drawn strongly).
    public var isFocused: Bool = true
    /// Text shown when there are no rows at all.
    public var emptyMessage: String = "nothing here yet"

    /// Lowercased UTF-8 of each row's cells, searched byte-wise: substring search on UTF-8
    /// is exact (the encoding is self-synchronising) and far faster than `String.contains`.
    private var searchText: [[UInt8]] = []

    /// A table with `columns` and `rows`.
    public init(columns: [TableColumn], rows: [TableRow] = []) {
        self.columns = columns
        self.rows = []
        setRows(rows)
    }

    /// The selected row, if any row is shown.
    public var selectedRow: TableRow? {
        guard !visibleRows.isEmpty else { return nil }
        return rows[visibleRows[cursor.selection]]
    }

    /// Replaces the rows, keeping the selection on the same id when it is still shown.
    public mutating func setRows(_ newRows: [TableRow]) {
        let selectedID = selectedRow?.id
        rows = newRows
        searchText = newRows.map { Array($0.cells.joined(separator: "\u{1F}").lowercased().utf8) }
        refresh(keeping: selectedID)
    }

    /// Shows only rows containing `text` in any cell (case-insensitive); empty shows all.
    public mutating func setFilter(_ text: String) {
        let selectedID = selectedRow?.id
        filter = text
        refresh(keeping: selectedID)
    }

    /// Sorts by `column` (nil restores the original order).
    public mutating func setSort(_ newSort: Sort?) {
        let selectedID = selectedRow?.id
        if let newSort, newSort.column >= 0, newSort.column < columns.count {
            sort = newSort
            sortCursor = newSort.column
        } else {
            sort = nil
        }
        refresh(keeping: selectedID)
    }

    /// Tells the table how many rows its rectangle shows (height minus the header).
    public mutating func setViewportHeight(_ height: Int) {
        cursor.setPageSize(max(1, height - 1))
    }

    /// Selects the row with `id` if it is shown; returns whether it was found.
    @discardableResult
    public mutating func select(id: String) -> Bool {
        guard let index = visibleRows.firstIndex(where: { rows[$0].id == id }) else { return false }
        cursor.select(index)
        return true
    }

    /// Applies a keymap action.
    public mutating func perform(_ action: ActionID) -> Outcome {
        if cursor.perform(action) { return .moved }
        switch action {
        case .drillIn:
            return selectedRow.map { .activated($0.id) } ?? .ignored
        case .sort:
            guard !columns.isEmpty, columns[min(sortCursor, columns.count - 1)].sortable else { return .ignored }
            let column = min(sortCursor, columns.count - 1)
            // Same column again reverses, as in ncdu and k9s.
            let ascending = sort?.column == column ? !(sort?.ascending ?? false) : true
            setSort(Sort(column: column, ascending: ascending))
            return .sorted
        case .sortNextColumn, .sortPreviousColumn:
            guard !columns.isEmpty else { return .ignored }
            let step = action == .sortNextColumn ? 1 : -1
            var next = sortCursor
            for _ in columns.indices {
                next = (next + step + columns.count) % columns.count
                if columns[next].sortable { break }
            }
            // Moving the sort column re-sorts straight away, as htop's < and > do.
            setSort(Sort(column: next, ascending: sort?.ascending ?? true))
            return .sorted
        default:
            return .ignored
        }
    }

    /// Applies a key through `keymap` (view bindings of `view` first, then global).
    public mutating func handle(_ key: Key, keymap: Keymap, view: String? = nil) -> Outcome {
        guard let action = keymap.action(for: key, in: view) else { return .ignored }
        return perform(action)
    }

    /// Applies a mouse event, given the rectangle the table was last drawn in: the wheel
    /// scrolls, a click on a header sorts by that column, a click on a row selects it and a
    /// click on the selected row opens it.
    public mutating func handle(_ mouse: MouseEvent, in rect: Rect) -> Outcome {
        switch mouse.kind {
        case .wheelUp:
            cursor.scroll(by: -3)
            return .moved
        case .wheelDown:
            cursor.scroll(by: 3)
            return .moved
        case .press(.left):
            guard rect.contains(mouse.position) else { return .ignored }
            if mouse.position.y == rect.y {
                guard let column = column(atX: mouse.position.x, in: rect), columns[column].sortable else { return .ignored }
                let ascending = sort?.column == column ? !(sort?.ascending ?? false) : true
                setSort(Sort(column: column, ascending: ascending))
                return .sorted
            }
            let index = cursor.offset + (mouse.position.y - rect.y - 1)
            guard index >= 0, index < visibleRows.count else { return .ignored }
            if index == cursor.selection, let row = selectedRow { return .activated(row.id) }
            cursor.select(index)
            return .moved
        default:
            return .ignored
        }
    }

    /// The column under screen column `x` when drawn in `rect`.
    public func column(atX x: Int, in rect: Rect) -> Int? {
        let widths = TableColumn.resolveWidths(columns, total: rect.width)
        var left = rect.x
        for (index, width) in widths.enumerated() {
            if x >= left && x < left + width { return index }
            left += width + 1
        }
        return nil
    }

    /// True when `needle` occurs in `haystack` (both non-empty byte strings).
    static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard let first = needle.first, haystack.count >= needle.count else { return false }
        let last = haystack.count - needle.count
        return haystack.withUnsafeBufferPointer { hay in
            needle.withUnsafeBufferPointer { pin in
                var start = 0
                while start <= last {
                    if hay[start] == first {
                        var offset = 1
                        while offset < pin.count && hay[start + offset] == pin[offset] { offset += 1 }
                        if offset == pin.count { return true }
                    }
                    start += 1
                }
                return false
            }
        }
    }

    private mutating func refresh(keeping selectedID: String?) {
        let needle = Array(filter.lowercased().utf8)
        var indices = needle.isEmpty ? Array(rows.indices) : rows.indices.filter { TableView.contains(searchText[$0], needle) }
        if let sort {
            let keyed = indices.map { (index: $0, key: rows[$0].sortKey(sort.column)) }
            // Ties keep the original order so the display is stable.
            indices = keyed.sorted { a, b in
                if a.key == b.key { return a.index < b.index }
                return sort.ascending ? a.key < b.key : b.key < a.key
            }.map(\.index)
        }
        visibleRows = indices
        cursor.setCount(indices.count)
        if let selectedID, let index = indices.firstIndex(where: { rows[$0].id == selectedID }) {
            cursor.select(index)
        }
        sortCursor = columns.isEmpty ? 0 : min(max(0, sortCursor), columns.count - 1)
    }
}
