/// An in-memory terminal for tests: input comes from a queue and the last drawn canvas is
/// kept, renderable as plain or styled text.
@MainActor
public final class MemoryTerminal: Terminal {
    /// The current size; change it with `resize(to:)`.
    public private(set) var size: Size
    /// The colour mode last set.
    public private(set) var colorMode: ColorMode
    /// Whether mouse reporting is on.
    public private(set) var mouseEnabled = true
    /// The cursor position last set (nil when hidden).
    public private(set) var cursor: Point?
    /// The last canvas drawn (empty before the first draw).
    public private(set) var lastCanvas: Canvas
    /// How many frames have been drawn.
    public private(set) var frameCount = 0
    /// How many times `suspend()` was called.
    public private(set) var suspendCount = 0
    /// True after `shutdown()`.
    public private(set) var isShutDown = false
    /// Events still to be delivered by `nextEvent(timeoutMilliseconds:)`.
    public var pendingEvents: [InputEvent] = []

    /// A terminal of `size` (80×24 by default) in `colorMode`.
    public init(size: Size = Size(width: 80, height: 24), colorMode: ColorMode = .monochrome) {
        self.size = size
        self.colorMode = colorMode
        self.lastCanvas = Canvas(size: size)
    }

    /// Keeps a copy of `canvas`, cropped or padded to the terminal size like a real screen.
    public func draw(_ canvas: Canvas) {
        frameCount += 1
        if canvas.size == size {
            lastCanvas = canvas
            return
        }
        var cropped = Canvas(size: size)
        for y in 0..<min(size.height, canvas.size.height) {
            var x = 0
            for cell in canvas.row(y) {
                if x >= size.width { break }
                if !cell.isContinuation {
                    cropped.place(cell.text, width: cell.width, x: x, y: y, style: cell.style, clip: cropped.bounds)
                }
                x += 1
            }
        }
        lastCanvas = cropped
    }

    /// The next queued event, or `.tick` when the queue is empty.
    public func nextEvent(timeoutMilliseconds: Int) -> InputEvent {
        pendingEvents.isEmpty ? .tick : pendingEvents.removeFirst()
    }

    /// Records the mouse setting.
    public func setMouseEnabled(_ enabled: Bool) { mouseEnabled = enabled }

    /// Records the colour mode.
    public func setColorMode(_ mode: ColorMode) { colorMode = mode }

    /// Records the cursor position.
    public func setCursor(_ position: Point?) { cursor = position }

    /// Counts the suspension; an in-memory terminal has no shell to return to.
    public func suspend() { suspendCount += 1 }

    /// Marks the terminal as shut down.
    public func shutdown() { isShutDown = true }

    /// Changes the size and queues the matching `.resize` event, as a real terminal would.
    public func resize(to newSize: Size) {
        size = newSize
        pendingEvents.append(.resize(newSize))
    }

    /// Queues key presses.
    public func type(_ keys: Key...) {
        pendingEvents.append(contentsOf: keys.map(InputEvent.key))
    }

    /// Queues the events of an `InputScript`, e.g. `"j j enter resize:60x20"`.
    public func play(_ script: String) throws(Key.ParseError) {
        for event in try InputScript.parse(script) {
            if case .resize(let newSize) = event { size = newSize }
            pendingEvents.append(event)
        }
    }

    /// Queues one `.char` key per character of `text`.
    public func type(text: String) {
        pendingEvents.append(contentsOf: text.map { InputEvent.key(.char($0)) })
    }

    /// The last frame as plain text (one line per row, trailing spaces trimmed).
    public var text: String { lastCanvas.plainText() }

    /// The last frame as text followed by its style layer and legend.
    public var styledText: String { lastCanvas.styledText() }
}
