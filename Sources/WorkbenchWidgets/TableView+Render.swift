import TerminalCore

/// Drawing a table: a header row with the sort arrow, then the visible rows.
extension TableView {
    /// Draws the table into `rect`: header on the first row, rows below, the selected row
    /// highlighted and filter matches marked.
    public func render(into canvas: inout Canvas, in rect: Rect, theme: Theme) {
        guard !rect.isEmpty else { return }
        canvas.fill(rect, style: theme[.text])
        let widths = TableColumn.resolveWidths(columns, total: rect.width)
        drawHeader(into: &canvas, row: rect.row(0), widths: widths, theme: theme)
        let body = rect.inset(top: 1)
        guard !body.isEmpty else { return }
        if visibleRows.isEmpty {
            let message = rows.isEmpty ? emptyMessage : "no rows match '\(filter)'"
            canvas.drawLine(message, in: body.row(0), style: theme[.dim], ellipsis: theme.glyphs.ellipsis)
            return
        }
        // The stored offset was computed for the last known page size; recompute against
        // this rectangle so the selection is always on screen even before a layout pass.
        var view = cursor
        view.setPageSize(body.height)
        for line in 0..<body.height {
            let index = view.offset + line
            guard index < visibleRows.count else { break }
            let row = rows[visibleRows[index]]
            let selected = index == view.selection
            drawRow(row, into: &canvas, line: body.row(line), widths: widths, selected: selected, theme: theme)
        }
    }

    private func drawHeader(into canvas: inout Canvas, row: Rect, widths: [Int], theme: Theme) {
        var x = row.x
        for (index, column) in columns.enumerated() {
            let width = widths[index]
            defer { x += width + 1 }
            guard width > 0 else { continue }
            // The sort arrow always shows: the title gives way to it when space is short.
            var arrow = ""
            if let sort, sort.column == index {
                arrow = String(sort.ascending ? theme.glyphs.sortAscending : theme.glyphs.sortDescending)
            }
            let room = max(0, width - TextWidth.of(arrow))
            var title = TerminalText.sanitized(column.title)
            if TextWidth.of(title) > room { title = TextWidth.truncate(title, to: room, ellipsis: "") }
            let text = TextWidth.pad(title + arrow, to: width, alignRight: column.alignment == .right)
            let style = theme[.header]
            canvas.draw(text, at: Point(x: x, y: row.y), style: style, clip: row)
        }
    }

    private func drawRow(_ row: TableRow, into canvas: inout Canvas, line: Rect, widths: [Int], selected: Bool, theme: Theme) {
        let base = selected ? theme[isFocused ? .selection : .selectionInactive] : theme[.text]
        canvas.fill(line, style: base)
        var x = line.x
        for (index, column) in columns.enumerated() {
            let width = widths[index]
            defer { x += width + 1 }
            guard width > 0 else { continue }
            let cellStyle = selected ? base : (row.role(index).map { theme[$0] } ?? base)
            let text = TextWidth.pad(TerminalText.sanitized(row.cell(index)), to: width,
                                     alignRight: column.alignment == .right, ellipsis: theme.glyphs.ellipsis)
            let matchStyle = selected ? base.underlined.bold : theme[.match]
            let spans = TextSpan.highlighting(text, matching: filter, base: cellStyle, match: matchStyle)
            canvas.draw(spans, at: Point(x: x, y: line.y), clip: Rect(x: x, y: line.y, width: width, height: 1).intersection(line))
        }
    }
}
