import TerminalCore

/// The row of numbered screen tabs, `1 Portfolio  2 Attempts …`, with the current one marked.
public struct TabBar: Hashable, Sendable {
    /// The tab titles, in number order (tab 1 first).
    public var titles: [String]
    /// The index of the current tab.
    public var selected: Int

    /// Tabs titled `titles` with `selected` current.
    public init(titles: [String], selected: Int = 0) {
        self.titles = titles
        self.selected = selected
    }

    private func label(_ index: Int) -> String { " \(index + 1) \(titles[index]) " }

    /// The tab under screen column `x` when drawn in `rect`, for mouse clicks.
    public func tab(atX x: Int, in rect: Rect) -> Int? {
        var left = rect.x
        for index in titles.indices {
            let width = TextWidth.of(TerminalText.sanitized(label(index)))
            if x >= left && x < left + width && x < rect.maxX { return index }
            left += width
        }
        return nil
    }

    /// Draws the tabs in the first row of `rect`; tabs that do not fit are cut off.
    public func render(into canvas: inout Canvas, in rect: Rect, theme: Theme) {
        let line = rect.row(0)
        guard !line.isEmpty else { return }
        canvas.fill(line, style: theme[.text])
        var x = line.x
        for index in titles.indices {
            let style = index == selected ? theme[.selection].bold : theme[.dim]
            x = canvas.draw(label(index), at: Point(x: x, y: line.y), style: style, clip: line)
            if x >= line.maxX { break }
        }
    }
}
