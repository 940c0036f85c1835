import TerminalCore

/// The queue of toasts on screen. Time is passed in (`now`, seconds on any monotonic clock
/// the caller injects), so tests and golden screens are deterministic.
public struct ToastCenter: Hashable, Sendable {
    /// The toasts still showing, oldest first.
    public private(set) var toasts: [Toast] = []
    /// How many are drawn at once (the newest ones).
    public var maxVisible: Int
    /// Seconds an info toast stays.
    public var infoDuration: Double
    /// Seconds an error toast stays.
    public var errorDuration: Double

    /// An empty queue.
    public init(maxVisible: Int = 3, infoDuration: Double = 3, errorDuration: Double = 8) {
        self.maxVisible = maxVisible
        self.infoDuration = infoDuration
        self.errorDuration = errorDuration
    }

    /// Posts `message` at time `now`.
    public mutating func post(_ message: String, kind: Toast.Kind = .info, now: Double) {
        let duration = kind == .error ? errorDuration : infoDuration
        toasts.append(Toast(message, kind: kind, postedAt: now, duration: duration))
    }

    /// Removes toasts that expired by `now`; returns whether any went (redraw then).
    @discardableResult
    public mutating func expire(now: Double) -> Bool {
        let before = toasts.count
        toasts.removeAll { $0.expiresAt <= now }
        return toasts.count != before
    }

    /// Removes every toast (e.g. on Esc).
    public mutating func dismissAll() {
        toasts.removeAll()
    }

    /// The toasts to draw at `now`, newest last.
    public func visible(now: Double) -> [Toast] {
        Array(toasts.filter { $0.expiresAt > now }.suffix(Swift.max(0, maxVisible)))
    }

    /// Draws the visible toasts stacked upwards from the bottom-right corner of `rect`.
    public func render(into canvas: inout Canvas, in rect: Rect, theme: Theme, now: Double) {
        guard !rect.isEmpty else { return }
        let shown = visible(now: now)
        let width = Swift.min(rect.width, Swift.max(20, rect.width / 3))
        var y = rect.maxY - 1
        for toast in shown.reversed() {
            guard y >= rect.y else { break }
            let style = theme[toast.kind == .error ? .error : .info].reversed
            let prefix = toast.kind == .error ? "✗ " : "• "
            let glyphPrefix = theme.glyphs == .ascii ? (toast.kind == .error ? "! " : "* ") : prefix
            let area = Rect(x: rect.maxX - width, y: y, width: width, height: 1)
            canvas.drawLine(" " + glyphPrefix + toast.message, in: area, style: style, ellipsis: theme.glyphs.ellipsis)
            y -= 1
        }
    }
}
