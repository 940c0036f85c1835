import TerminalCore

/// One row of a `TableView`: an identifier that survives sorting and filtering, the cell
/// texts, and optional sort keys and per-cell roles.
public struct TableRow: Hashable, Sendable {
    /// A value rows are ordered by.
    public enum SortKey: Hashable, Sendable, Comparable {
        /// Numbers sort before text and by value.
        case number(Double)
        /// Text sorts case-insensitively.
        case text(String)

        /// Numbers before text; numbers by value; text by its lowercased form.
        public static func < (lhs: SortKey, rhs: SortKey) -> Bool {
            switch (lhs, rhs) {
            case (.number(let a), .number(let b)): return a < b
            case (.number, .text): return true
            case (.text, .number): return false
            case (.text(let a), .text(let b)): return a < b
            }
        }

        /// The key a cell's text sorts by: its number when it reads as one (ignoring a
        /// trailing `%`, `h`, `ms`, `x` and thousands commas), else its lowercased text.
        public static func derived(from text: String) -> SortKey {
            var trimmed = text.trimmingSpaces().replacingCommas()
            for suffix in ["%", "ms", "h", "x", "×"] where trimmed.hasSuffix(suffix) {
                trimmed = String(trimmed.dropLast(suffix.count)).trimmingSpaces()
                break
            }
            if let value = Double(trimmed), value.isFinite { return .number(value) }
            return .text(text.lowercased())
        }
    }

    /// A stable identifier (a database id, a path).
    public var id: String
    /// The cell texts, one per column (untrusted text is fine: it is sanitised when drawn).
    public var cells: [String]
    /// Sort keys per column; derived from the cell text when not given.
    public var sortKeys: [SortKey]
    /// Roles per cell (e.g. a status badge colour); nil entries use the row's style.
    public var cellRoles: [ThemeRole?]

    /// A row with the given id and cells.
    public init(id: String, cells: [String], sortKeys: [SortKey]? = nil, cellRoles: [ThemeRole?] = []) {
        self.id = id
        self.cells = cells
        self.sortKeys = sortKeys ?? cells.map(SortKey.derived(from:))
        self.cellRoles = cellRoles
    }

    /// The text of column `index`, or empty when the row is short.
    public func cell(_ index: Int) -> String {
        index >= 0 && index < cells.count ? cells[index] : ""
    }

    /// The sort key of column `index`.
    public func sortKey(_ index: Int) -> SortKey {
        index >= 0 && index < sortKeys.count ? sortKeys[index] : .text("")
    }

    /// The role of column `index`, if one was given.
    public func role(_ index: Int) -> ThemeRole? {
        index >= 0 && index < cellRoles.count ? cellRoles[index] : nil
    }
}

extension String {
    /// The string without leading and trailing spaces.
    func trimmingSpaces() -> String {
        var slice = Substring(self)
        while slice.first == " " { slice = slice.dropFirst() }
        while slice.last == " " { slice = slice.dropLast() }
        return String(slice)
    }

    /// The string with `,` removed (thousands separators).
    func replacingCommas() -> String {
        String(filter { $0 != "," })
    }
}
