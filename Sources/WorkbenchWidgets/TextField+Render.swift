import TerminalCore

/// Drawing a text field: the visible part of the text scrolled so the cursor shows.
extension TextField {
    /// The index of the first character shown in a field `width` columns wide: the text
    /// scrolls only as far as needed to keep the cursor (one cell) visible.
    public func firstVisibleCharacter(width: Int) -> Int {
        guard width > 0 else { return cursor }
        var start = cursor
        var used = 1 // the cursor cell itself
        while start > 0 {
            let w = TextWidth.of(TerminalText.sanitized(String(characters[start - 1])))
            if used + w > width { break }
            used += w
            start -= 1
        }
        return start
    }

    /// Draws the field in the first row of `rect` and returns where the cursor is (for
    /// `Terminal.setCursor`); the cursor cell is also drawn reversed when `focused`.
    @discardableResult
    public func render(into canvas: inout Canvas, in rect: Rect, theme: Theme, focused: Bool) -> Point {
        let area = rect.row(0)
        let style = theme[focused ? .inputFocused : .input]
        canvas.fill(area, style: style)
        guard !area.isEmpty else { return Point(x: rect.x, y: rect.y) }
        if characters.isEmpty && !placeholder.isEmpty {
            canvas.draw(placeholder, at: Point(x: area.x, y: area.y), style: style.adding(.dim), clip: area)
        }
        let start = firstVisibleCharacter(width: area.width)
        var x = area.x
        var cursorPoint = Point(x: area.x, y: area.y)
        for index in start...characters.count {
            if index == cursor { cursorPoint = Point(x: x, y: area.y) }
            guard index < characters.count, x < area.maxX else { break }
            x = canvas.draw(String(characters[index]), at: Point(x: x, y: area.y), style: style, clip: area)
        }
        if focused && cursorPoint.x < area.maxX {
            // On an empty field the cursor sits on the placeholder's first letter; drawing a
            // blank there would clip the hint.
            let placeholderHead = characters.isEmpty ? placeholder.first.map(String.init) : nil
            let under = cursor < characters.count ? String(characters[cursor]) : (placeholderHead ?? " ")
            canvas.draw(under, at: cursorPoint, style: style.reversed, clip: area)
        }
        return cursorPoint
    }
}
