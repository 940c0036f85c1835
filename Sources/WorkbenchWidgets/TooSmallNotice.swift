import TerminalCore

/// The screen shown instead of the UI when the terminal is below the minimum size.
public enum TooSmallNotice {
    /// The message for a screen needing `minimum`.
    public static func message(needs minimum: Size) -> String {
        "terminal too small (needs \(minimum.width)×\(minimum.height))"
    }

    /// Clears `canvas` and draws the message wrapped and centred, with the current size
    /// below it when there is room. Safe down to a 1×1 (or empty) canvas.
    public static func render(into canvas: inout Canvas, needs minimum: Size, theme: Theme) {
        let area = canvas.bounds
        canvas.fill(area, style: theme[.text])
        guard !area.isEmpty else { return }
        var lines = TextWidth.wrap(message(needs: minimum), to: area.width)
        let current = "now \(area.width)×\(area.height)"
        if lines.count + 1 < area.height { lines.append(current) }
        let top = Swift.max(0, (area.height - lines.count) / 2)
        for (index, line) in lines.enumerated() where top + index < area.height {
            let x = Swift.max(0, (area.width - TextWidth.of(line)) / 2)
            let role: ThemeRole = index == lines.count - 1 && line == current ? .dim : .warning
            canvas.draw(line, at: Point(x: x, y: top + index), style: theme[role])
        }
    }
}
