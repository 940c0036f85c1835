/// A column of a `TableView`: title, width rule and alignment.
public struct TableColumn: Hashable, Sendable {
    /// How wide a column is.
    public enum Width: Hashable, Sendable {
        /// Exactly this many columns (fewer when the table is too narrow).
        case fixed(Int)
        /// At least `min` columns, growing by `weight` to share the space left over.
        case flex(min: Int, weight: Int)
    }

    /// Which side text hugs.
    public enum Alignment: Hashable, Sendable {
        /// Text on the left (names, labels).
        case left
        /// Text on the right (numbers).
        case right
    }

    /// The header text.
    public var title: String
    /// The width rule.
    public var width: Width
    /// The alignment of header and cells.
    public var alignment: Alignment
    /// Whether the column can be sorted.
    public var sortable: Bool

    /// A column titled `title`.
    public init(_ title: String, width: Width = .flex(min: 4, weight: 1), alignment: Alignment = .left, sortable: Bool = true) {
        self.title = title
        self.width = width
        self.alignment = alignment
        self.sortable = sortable
    }

    /// Widths for `columns` in `total` cells with one-cell gaps between columns.
    ///
    /// Fixed and minimum widths are served left to right; leftover space goes to flex
    /// columns by weight. Columns that do not fit get width 0.
    public static func resolveWidths(_ columns: [TableColumn], total: Int) -> [Int] {
        guard !columns.isEmpty else { return [] }
        var remaining = max(0, total - (columns.count - 1))
        var widths = Array(repeating: 0, count: columns.count)
        for (index, column) in columns.enumerated() {
            let wanted: Int
            switch column.width {
            case .fixed(let n): wanted = max(0, n)
            case .flex(let minimum, _): wanted = max(0, minimum)
            }
            widths[index] = min(wanted, remaining)
            remaining -= widths[index]
        }
        let weights = columns.map { column -> Int in
            if case .flex(_, let weight) = column.width { return max(0, weight) }
            return 0
        }
        let weightSum = weights.reduce(0, +)
        guard weightSum > 0, remaining > 0 else { return widths }
        var handed = 0
        for index in columns.indices where weights[index] > 0 {
            let share = remaining * weights[index] / weightSum
            widths[index] += share
            handed += share
        }
        var leftover = remaining - handed
        for index in columns.indices where weights[index] > 0 && leftover > 0 {
            widths[index] += 1
            leftover -= 1
        }
        return widths
    }
}
