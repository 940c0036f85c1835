import TerminalCore

/// A one-row progress bar for background work: label, bar, percentage and time left.
public struct ProgressBar: Hashable, Sendable {
    /// Fraction done (0…1), nil while the total is unknown.
    public var fraction: Double?
    /// What is running, e.g. "scanning llama.cpp".
    public var label: String
    /// Estimated seconds left, nil when unknown.
    public var remainingSeconds: Double?
    /// Animation step for the unknown-total display (advance it on each tick).
    public var phase: Int

    /// A progress bar for `label` at `fraction`.
    public init(label: String, fraction: Double?, remainingSeconds: Double? = nil, phase: Int = 0) {
        self.label = label
        self.fraction = fraction
        self.remainingSeconds = remainingSeconds
        self.phase = phase
    }

    /// Seconds left at a constant rate, from the fraction done and the seconds elapsed;
    /// nil until there is enough progress to judge.
    public static func estimateRemaining(fraction: Double, elapsedSeconds: Double) -> Double? {
        guard fraction.isFinite, elapsedSeconds.isFinite, fraction > 0.01, elapsedSeconds > 0 else { return nil }
        return Swift.max(0, elapsedSeconds * (1 - Swift.min(1, fraction)) / fraction)
    }

    /// A compact duration: `45s`, `3m05s`, `2h07m`.
    public static func formatDuration(_ seconds: Double) -> String {
        guard seconds.isFinite, seconds >= 0 else { return "?" }
        let total = Int(seconds.rounded(.up))
        if total < 60 { return "\(total)s" }
        if total < 3600 { return "\(total / 60)m" + twoDigits(total % 60) + "s" }
        return "\(total / 3600)h" + twoDigits((total % 3600) / 60) + "m"
    }

    private static func twoDigits(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }

    /// Draws the bar in the first row of `rect`: `label ████░░░░ 45% ETA 1m05s`.
    public func render(into canvas: inout Canvas, in rect: Rect, theme: Theme) {
        let line = rect.row(0)
        guard !line.isEmpty else { return }
        canvas.fill(line, style: theme[.text])
        var suffix = ""
        if let fraction {
            let clamped = fraction.isFinite ? Swift.min(1, Swift.max(0, fraction)) : 0
            suffix = " " + String(Int((clamped * 100).rounded(.down))) + "%"
            if let remainingSeconds { suffix += " ETA " + ProgressBar.formatDuration(remainingSeconds) }
        }
        let labelText = label.isEmpty ? "" : TerminalText.sanitized(label) + " "
        let labelWidth = Swift.min(TextWidth.of(labelText), line.width / 2)
        let suffixWidth = Swift.min(TextWidth.of(suffix), Swift.max(0, line.width - labelWidth))
        let barWidth = Swift.max(0, line.width - labelWidth - suffixWidth)
        canvas.draw(TextWidth.truncate(labelText, to: labelWidth, ellipsis: theme.glyphs.ellipsis), at: Point(x: line.x, y: line.y), style: theme[.text], clip: line)
        let barX = line.x + labelWidth
        let empty = String(theme.glyphs.barEmpty)
        let full = String(theme.glyphs.barFull)
        if let fraction {
            let clamped = fraction.isFinite ? Swift.min(1, Swift.max(0, fraction)) : 0
            let filled = Int((clamped * Double(barWidth)).rounded(.down))
            for column in 0..<barWidth {
                let done = column < filled
                canvas.draw(done ? full : empty, at: Point(x: barX + column, y: line.y), style: theme[done ? .chart : .dim], clip: line)
            }
        } else if barWidth > 0 {
            // Unknown total: a three-cell block sweeps across.
            let position = barWidth <= 3 ? 0 : ((phase % (barWidth - 2)) + (barWidth - 2)) % (barWidth - 2)
            for column in 0..<barWidth {
                let lit = column >= position && column < position + 3
                canvas.draw(lit ? full : empty, at: Point(x: barX + column, y: line.y), style: theme[lit ? .chart : .dim], clip: line)
            }
        }
        canvas.draw(suffix, at: Point(x: barX + barWidth, y: line.y), style: theme[.text], clip: line)
    }
}
