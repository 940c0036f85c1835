/// Drawing primitives: text, spans, fills, lines and boxes. Every string is passed through
/// `TerminalText.sanitized(_:)` first, so no control character ever reaches a cell.
extension Canvas {
    /// Draws `text` starting at `point`, clipped to `clip` (the whole canvas by default).
    ///
    /// Returns the column just after the last grapheme drawn (or that would have been drawn
    /// had the clip been wide enough, capped at the clip edge).
    @discardableResult
    public mutating func draw(_ text: String, at point: Point, style: Style = .plain, clip: Rect? = nil) -> Int {
        let area = clip ?? bounds
        let visible = area.intersection(bounds)
        var x = point.x
        let safe = TerminalText.containsUnsafe(text) ? TerminalText.sanitized(text) : text
        for character in safe {
            if x >= area.maxX { break }
            let width = TextWidth.of(character)
            guard width > 0 else { continue }
            if x >= area.x {
                place(Cell(text: String(character), style: style, width: width), x: x, y: point.y, within: visible)
            } else if x + width > area.x {
                // A wide grapheme straddling the left clip edge: show its visible half as blank.
                place(Cell.blank(style), x: area.x, y: point.y, within: visible)
            }
            x += width
        }
        return min(x, max(area.maxX, point.x))
    }

    /// Draws `text` at `point` using at most `maxWidth` columns.
    @discardableResult
    public mutating func draw(_ text: String, at point: Point, style: Style = .plain, maxWidth: Int) -> Int {
        draw(text, at: point, style: style, clip: Rect(x: point.x, y: point.y, width: maxWidth, height: 1))
    }

    /// Draws styled runs one after another from `point`, clipped to `clip`.
    @discardableResult
    public mutating func draw(_ spans: [TextSpan], at point: Point, clip: Rect? = nil) -> Int {
        var x = point.x
        for span in spans {
            x = draw(span.text, at: Point(x: x, y: point.y), style: span.style, clip: clip)
        }
        return x
    }

    /// Draws `text` in `rect`'s first row, truncated with an ellipsis and aligned, padding the
    /// rest of the row with `style` so stale content never shows through.
    public mutating func drawLine(_ text: String, in rect: Rect, style: Style = .plain, alignRight: Bool = false, ellipsis: String = "…") {
        guard !rect.isEmpty else { return }
        let row = rect.row(0)
        fill(row, style: style)
        let safe = TerminalText.sanitized(text)
        let shown = TextWidth.truncate(safe, to: row.width, ellipsis: ellipsis)
        let offset = alignRight ? row.width - TextWidth.of(shown) : 0
        draw(shown, at: Point(x: row.x + offset, y: row.y), style: style, clip: row)
    }

    /// Fills `rect` with `character` in `style`.
    public mutating func fill(_ rect: Rect, with character: Character = " ", style: Style = .plain) {
        let area = rect.intersection(bounds)
        guard !area.isEmpty else { return }
        let text = TerminalText.isUnsafe(character.unicodeScalars.first ?? " ") ? " " : String(character)
        let width = max(1, TextWidth.of(Character(text)))
        let cell = Cell(text: text, style: style, width: width)
        for y in area.y..<area.maxY {
            var x = area.x
            while x < area.maxX {
                place(cell, x: x, y: y, within: area)
                x += width
            }
        }
    }

    /// Draws a horizontal line of `length` cells from `point`, clipped to `clip`.
    public mutating func horizontalLine(at point: Point, length: Int, glyph: Character = "─", style: Style = .plain, clip: Rect? = nil) {
        guard length > 0 else { return }
        fill(Rect(x: point.x, y: point.y, width: length, height: 1).intersection(clip ?? bounds), with: glyph, style: style)
    }

    /// Draws a vertical line of `length` cells from `point`, clipped to `clip`.
    public mutating func verticalLine(at point: Point, length: Int, glyph: Character = "│", style: Style = .plain, clip: Rect? = nil) {
        guard length > 0 else { return }
        fill(Rect(x: point.x, y: point.y, width: 1, height: length).intersection(clip ?? bounds), with: glyph, style: style)
    }

    /// Draws a border around `rect` with `glyphs`, and `title` in its top edge.
    ///
    /// Returns the inner rectangle. A rectangle narrower or shorter than 2 cells gets no
    /// border and is returned as is, so tiny terminals still show content.
    @discardableResult
    public mutating func drawBox(_ rect: Rect, glyphs: Glyphs = .unicode, style: Style = .plain, title: String? = nil, titleStyle: Style? = nil) -> Rect {
        guard rect.width >= 2, rect.height >= 2 else { return rect }
        let clip = rect
        horizontalLine(at: Point(x: rect.x + 1, y: rect.y), length: rect.width - 2, glyph: glyphs.horizontal, style: style, clip: clip)
        horizontalLine(at: Point(x: rect.x + 1, y: rect.maxY - 1), length: rect.width - 2, glyph: glyphs.horizontal, style: style, clip: clip)
        verticalLine(at: Point(x: rect.x, y: rect.y + 1), length: rect.height - 2, glyph: glyphs.vertical, style: style, clip: clip)
        verticalLine(at: Point(x: rect.maxX - 1, y: rect.y + 1), length: rect.height - 2, glyph: glyphs.vertical, style: style, clip: clip)
        fill(Rect(x: rect.x, y: rect.y, width: 1, height: 1), with: glyphs.topLeft, style: style)
        fill(Rect(x: rect.maxX - 1, y: rect.y, width: 1, height: 1), with: glyphs.topRight, style: style)
        fill(Rect(x: rect.x, y: rect.maxY - 1, width: 1, height: 1), with: glyphs.bottomLeft, style: style)
        fill(Rect(x: rect.maxX - 1, y: rect.maxY - 1, width: 1, height: 1), with: glyphs.bottomRight, style: style)
        if let title, !title.isEmpty, rect.width > 4 {
            let room = rect.width - 4
            let shown = TextWidth.truncate(TerminalText.sanitized(title), to: room, ellipsis: glyphs.ellipsis)
            draw(" " + shown + " ", at: Point(x: rect.x + 1, y: rect.y), style: titleStyle ?? style,
                 clip: Rect(x: rect.x + 1, y: rect.y, width: rect.width - 2, height: 1))
        }
        return rect.inset(dx: 1, dy: 1)
    }
}
