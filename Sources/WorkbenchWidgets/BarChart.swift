import TerminalCore

/// Horizontal bars with labels, value texts and optional interval whiskers, e.g. the loss
/// per kernel of a port with its confidence interval.
public struct BarChart: Hashable, Sendable {
    /// One bar.
    public struct Bar: Hashable, Sendable {
        /// The label left of the bar.
        public var label: String
        /// The bar's value.
        public var value: Double
        /// An interval drawn as a whisker over the bar (e.g. a 95% confidence interval).
        public var interval: ClosedRange<Double>?
        /// The text right of the bar; defaults to the value with one decimal.
        public var valueText: String?
        /// The role the bar is drawn in (e.g. a verdict colour).
        public var role: ThemeRole

        /// A bar labelled `label` of `value`.
        public init(_ label: String, value: Double, interval: ClosedRange<Double>? = nil, valueText: String? = nil, role: ThemeRole = .chart) {
            self.label = label
            self.value = value
            self.interval = interval
            self.valueText = valueText
            self.role = role
        }

        var displayValue: String {
            if let valueText { return valueText }
            guard value.isFinite else { return "n/a" }
            let tenths = (value * 10).rounded() / 10
            return tenths == tenths.rounded() ? String(Int(tenths)) : String(tenths)
        }
    }

    /// The bars, top to bottom.
    public var bars: [Bar]
    /// Whether interval whiskers are drawn.
    public var showsIntervals: Bool
    /// The value range spanned by the bar area; by default from min(0, lowest) to max(0, highest).
    public var domain: ClosedRange<Double>?

    /// A chart of `bars`.
    public init(_ bars: [Bar], showsIntervals: Bool = true, domain: ClosedRange<Double>? = nil) {
        self.bars = bars
        self.showsIntervals = showsIntervals
        self.domain = domain
    }

    /// The range the bar area covers.
    public func effectiveDomain() -> ClosedRange<Double> {
        if let domain, domain.upperBound > domain.lowerBound { return domain }
        var low = 0.0
        var high = 0.0
        for bar in bars {
            for v in [bar.value, bar.interval?.lowerBound, bar.interval?.upperBound].compactMap({ $0 }) where v.isFinite {
                if !showsIntervals && v != bar.value { continue }
                low = Swift.min(low, v)
                high = Swift.max(high, v)
            }
        }
        if high <= low { high = low + 1 }
        return low...high
    }

    /// Draws one bar per row of `rect` (bars beyond its height are not shown).
    public func render(into canvas: inout Canvas, in rect: Rect, theme: Theme) {
        guard !rect.isEmpty else { return }
        let labelWidth = Swift.min(bars.map { TextWidth.of(TerminalText.sanitized($0.label)) }.max() ?? 0, rect.width / 3)
        let valueWidth = Swift.min(bars.map { TextWidth.of(TerminalText.sanitized($0.displayValue)) }.max() ?? 0, rect.width / 4)
        let barX = rect.x + labelWidth + (labelWidth > 0 ? 1 : 0)
        let barWidth = Swift.max(0, rect.maxX - barX - (valueWidth > 0 ? valueWidth + 1 : 0))
        let domain = effectiveDomain()
        let scale = Double(barWidth) / (domain.upperBound - domain.lowerBound)
        func position(_ v: Double) -> Double { (Swift.min(Swift.max(v, domain.lowerBound), domain.upperBound) - domain.lowerBound) * scale }
        for (index, bar) in bars.enumerated() where index < rect.height {
            let y = rect.y + index
            let line = rect.row(index)
            canvas.fill(line, style: theme[.text])
            canvas.draw(TextWidth.pad(TerminalText.sanitized(bar.label), to: labelWidth, ellipsis: theme.glyphs.ellipsis), at: Point(x: rect.x, y: y), style: theme[.text], clip: line)
            var filled = Set<Int>()
            if barWidth > 0 && bar.value.isFinite {
                let zero = position(0)
                let end = position(bar.value)
                let from = Swift.min(zero, end)
                let to = Swift.max(zero, end)
                let style = theme[bar.role]
                var column = Int(from.rounded())
                // Whole cells, then one partial cell on the right end of positive bars.
                while Double(column + 1) <= to.rounded(.down) && column < barWidth {
                    canvas.draw(String(theme.glyphs.barFull), at: Point(x: barX + column, y: y), style: style, clip: line)
                    filled.insert(column)
                    column += 1
                }
                let remainder = to - Double(column)
                let eighths = Int((remainder * 8).rounded(.down))
                if end >= zero, column < barWidth, eighths > 0, !theme.glyphs.barPartials.isEmpty {
                    canvas.draw(String(theme.glyphs.barPartials[Swift.min(6, eighths - 1)]), at: Point(x: barX + column, y: y), style: style, clip: line)
                    filled.insert(column)
                } else if column < barWidth, remainder >= 0.5 {
                    canvas.draw(String(theme.glyphs.barFull), at: Point(x: barX + column, y: y), style: style, clip: line)
                    filled.insert(column)
                }
            }
            if showsIntervals, barWidth > 0, let interval = bar.interval, interval.lowerBound.isFinite, interval.upperBound.isFinite {
                let left = Swift.min(barWidth - 1, Int(position(interval.lowerBound)))
                let right = Swift.min(barWidth - 1, Int(position(interval.upperBound)))
                let whisker = theme[.text].bold
                if right > left + 1 {
                    for column in (left + 1)..<right where !filled.contains(column) {
                        canvas.draw(String(theme.glyphs.whiskerMiddle), at: Point(x: barX + column, y: y), style: whisker, clip: line)
                    }
                }
                canvas.draw(String(theme.glyphs.whiskerLeft), at: Point(x: barX + left, y: y), style: whisker, clip: line)
                if right != left {
                    canvas.draw(String(theme.glyphs.whiskerRight), at: Point(x: barX + right, y: y), style: whisker, clip: line)
                }
            }
            if valueWidth > 0 {
                let text = TextWidth.pad(TerminalText.sanitized(bar.displayValue), to: valueWidth, alignRight: true, ellipsis: theme.glyphs.ellipsis)
                canvas.draw(text, at: Point(x: rect.maxX - valueWidth, y: y), style: theme[bar.role], clip: line)
            }
        }
    }
}
