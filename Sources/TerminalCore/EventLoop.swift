/// The main loop: draw, wait for input with a timeout, hand the event to the application,
/// repeat until it finishes.
///
/// The read never blocks longer than `tickMilliseconds`, so the application gets a `.tick`
/// at least that often to pick up background results and animate progress, and the main
/// actor is never starved. Frames are drawn only when the application reports a change.
@MainActor
public struct EventLoop {
    /// The terminal drawn to and read from.
    public let terminal: any Terminal
    /// The longest wait for input before a `.tick`.
    public var tickMilliseconds: Int
    /// The number of frames drawn so far.
    public private(set) var framesDrawn = 0

    /// A loop over `terminal` ticking every `tickMilliseconds`.
    public init(terminal: any Terminal, tickMilliseconds: Int = 50) {
        self.terminal = terminal
        self.tickMilliseconds = max(1, tickMilliseconds)
    }

    /// Runs `application` until it finishes, or until `maxEvents` events (for tests).
    public mutating func run(_ application: some TerminalApplication, maxEvents: Int? = nil) {
        var dirty = true
        var handled = 0
        while !application.isFinished {
            if dirty {
                drawFrame(application)
                dirty = false
            }
            if let maxEvents, handled >= maxEvents { return }
            let event = terminal.nextEvent(timeoutMilliseconds: tickMilliseconds)
            handled += 1
            if case .resize = event { dirty = true }
            if application.handle(event) { dirty = true }
        }
    }

    /// Renders one frame at the terminal's current size and shows it.
    public mutating func drawFrame(_ application: some TerminalApplication) {
        var canvas = Canvas(size: terminal.size)
        let cursor = application.render(into: &canvas)
        // The cursor goes first so the backend can place it as part of the same refresh.
        terminal.setCursor(cursor)
        terminal.draw(canvas)
        framesDrawn += 1
    }
}
