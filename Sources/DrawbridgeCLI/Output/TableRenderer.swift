import TerminalCore

/// Renders a `Tabular` as an aligned text table for the terminal.
///
/// Widths are measured in terminal columns (so wide characters line up), every cell is
/// stripped of control characters, and when a width limit is given the flexible columns
/// shrink (with an ellipsis) before anything else.
public struct TableRenderer: Sendable {
    /// The widest the table may be, or nil for no limit (output to a file or pipe).
    public var maxWidth: Int?
    /// Text shown instead of an empty table.
    public var emptyMessage: String

    /// A renderer.
    public init(maxWidth: Int? = nil, emptyMessage: String = "(none)") {
        self.maxWidth = maxWidth
        self.emptyMessage = emptyMessage
    }

    /// The table as lines joined by newlines, with a trailing newline.
    public func render(_ table: Tabular) -> String {
        let visible = table.columns.indices.filter { table.columns[$0].inTable }
        guard !table.rows.isEmpty else { return emptyMessage + "\n" }
        let columns = visible.map { table.columns[$0] }
        let cells = table.rows.map { row in visible.map { TerminalText.sanitized(row[$0].display) } }
        var widths = columns.indices.map { index in
            cells.reduce(TextWidth.of(columns[index].title)) { max($0, TextWidth.of($1[index])) }
        }
        if let maxWidth { shrink(&widths, columns: columns, toFit: maxWidth) }
        var lines = [line(columns.map(\.title), widths: widths, columns: columns)]
        for row in cells { lines.append(line(row, widths: widths, columns: columns)) }
        return lines.joined(separator: "\n") + "\n"
    }

    private func line(_ values: [String], widths: [Int], columns: [Tabular.Column]) -> String {
        var parts: [String] = []
        for (index, value) in values.enumerated() {
            let isLast = index == values.count - 1
            if isLast && !columns[index].alignRight {
                parts.append(TextWidth.truncate(value, to: widths[index]))
            } else {
                parts.append(TextWidth.pad(value, to: widths[index], alignRight: columns[index].alignRight))
            }
        }
        return parts.joined(separator: "  ")
    }

    /// Narrows flexible columns (widest first, never below 8) until the table fits.
    private func shrink(_ widths: inout [Int], columns: [Tabular.Column], toFit limit: Int) {
        let gaps = 2 * max(0, widths.count - 1)
        var excess = widths.reduce(gaps, +) - limit
        let flexible = columns.indices.filter { columns[$0].flexible }
        while excess > 0 {
            guard let widest = flexible.filter({ widths[$0] > 8 }).max(by: { widths[$0] < widths[$1] }) else { return }
            widths[widest] -= 1
            excess -= 1
        }
    }
}
