import TerminalCore

/// Drawing a tree: indentation, expand markers, labels and badges.
extension TreeView {
    /// Draws the visible lines into `rect`, the selected one highlighted.
    public func render(into canvas: inout Canvas, in rect: Rect, theme: Theme) {
        guard !rect.isEmpty else { return }
        canvas.fill(rect, style: theme[.text])
        var view = cursor
        view.setPageSize(rect.height)
        for row in 0..<rect.height {
            let index = view.offset + row
            guard index < lines.count else { break }
            let line = lines[index]
            let selected = index == view.selection
            let base = selected ? theme[isFocused ? .selection : .selectionInactive] : theme[.text]
            let area = rect.row(row)
            canvas.fill(area, style: base)
            let marker: String
            if line.node.children.isEmpty {
                marker = " "
            } else {
                marker = String(line.isExpanded ? theme.glyphs.expanded : theme.glyphs.collapsed)
            }
            let indent = String(repeating: "  ", count: line.depth)
            var x = canvas.draw(indent + marker + " " + line.node.label, at: Point(x: area.x, y: area.y), style: base, clip: area)
            if let badge = line.node.badge, !badge.isEmpty {
                x = canvas.draw(" ", at: Point(x: x, y: area.y), style: base, clip: area)
                canvas.draw(badge, at: Point(x: x, y: area.y), style: selected ? base : theme[line.node.badgeRole], clip: area)
            }
        }
    }
}
