import TerminalCore

/// A one-row trend chart of eight block heights (`▁▂▃▄▅▆▇█`, or ASCII in the fallback set).
public struct Sparkline: Hashable, Sendable {
    /// The values, oldest first; non-finite values show as gaps.
    public var values: [Double]
    /// The value drawn as the lowest block; defaults to min(0, smallest value).
    public var minimum: Double?
    /// The value drawn as the highest block; defaults to the largest value.
    public var maximum: Double?
    /// The role the blocks are drawn in.
    public var role: ThemeRole

    /// A sparkline of `values`.
    public init(_ values: [Double], minimum: Double? = nil, maximum: Double? = nil, role: ThemeRole = .chart) {
        self.values = values
        self.minimum = minimum
        self.maximum = maximum
        self.role = role
    }

    /// The last `width` values as block characters from `levels` (lowest first).
    public func text(width: Int, levels: [Character]) -> String {
        guard width > 0, !levels.isEmpty else { return "" }
        let shown = values.suffix(width)
        let finite = shown.filter(\.isFinite)
        guard !finite.isEmpty else { return String(repeating: " ", count: shown.count) }
        let low = minimum ?? Swift.min(0, finite.min() ?? 0)
        let high = maximum ?? (finite.max() ?? 0)
        let span = high - low
        var out = ""
        for value in shown {
            guard value.isFinite else {
                out.append(" ")
                continue
            }
            let ratio = span > 0 ? (value - low) / span : 0
            let level = Int((Swift.min(1, Swift.max(0, ratio)) * Double(levels.count - 1)).rounded())
            out.append(levels[level])
        }
        return out
    }

    /// Draws the sparkline in the first row of `rect`, right-aligned so the newest value
    /// sits at the right edge.
    public func render(into canvas: inout Canvas, in rect: Rect, theme: Theme) {
        let line = rect.row(0)
        guard !line.isEmpty else { return }
        let text = text(width: line.width, levels: theme.glyphs.sparkLevels)
        canvas.draw(text, at: Point(x: line.maxX - text.count, y: line.y), style: theme[role], clip: line)
    }
}
