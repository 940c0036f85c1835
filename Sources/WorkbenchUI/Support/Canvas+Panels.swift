import TerminalCore

/// Small drawing helpers the screens share.
extension Canvas {
    /// Draws a titled pane border (highlighted when `focused`) and returns its inside,
    /// with one column of padding on each side.
    mutating func drawPane(_ rect: Rect, title: String, focused: Bool, theme: Theme) -> Rect {
        let inner = drawBox(rect, glyphs: theme.glyphs, style: theme[focused ? .borderFocused : .border],
                            title: title, titleStyle: theme[.title])
        return inner.inset(left: 1, right: 1)
    }

    /// Draws groups of spans left to right from the top-left of `rect`, two spaces apart,
    /// starting a new row when a group does not fit (a group is never split); returns how
    /// many rows were used.
    @discardableResult
    mutating func drawFlowing(_ groups: [[TextSpan]], in rect: Rect) -> Int {
        guard !rect.isEmpty else { return 0 }
        var row = 0
        var x = rect.x
        for group in groups {
            let width = group.map { TextWidth.of($0.text) }.reduce(0, +)
            let gap = x > rect.x ? 2 : 0
            if x > rect.x && x + gap + width > rect.maxX {
                row += 1
                x = rect.x
            } else {
                x += gap
            }
            guard row < rect.height else { break }
            x = draw(group, at: Point(x: x, y: rect.y + row), clip: rect.row(row))
        }
        return row + 1
    }

    /// Draws `label` dimmed and `value` after it in `rect`'s first row.
    mutating func drawField(_ label: String, _ value: String, in rect: Rect, labelWidth: Int, theme: Theme, valueRole: ThemeRole = .text) {
        guard !rect.isEmpty else { return }
        let row = rect.row(0)
        draw(TextWidth.pad(label, to: labelWidth), at: Point(x: row.x, y: row.y), style: theme[.dim], clip: row)
        draw(value, at: Point(x: row.x + labelWidth + 1, y: row.y), style: theme[valueRole], clip: row)
    }
}
