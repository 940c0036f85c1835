import TerminalCore

/// The one-line prompt under a view: `/` filter or `:` command line, with readline editing
/// and Up/Down history.
///
/// Enter submits the text (and records it in the history), Esc cancels, and every edit is
/// reported so a filter can update live as the user types.
public struct PromptLine: Sendable {
    /// What a key did.
    public enum Outcome: Hashable, Sendable {
        /// Not a prompt key.
        case ignored
        /// The text changed to this.
        case edited(String)
        /// The cursor moved.
        case moved
        /// Enter: the final text.
        case submitted(String)
        /// Esc: the prompt should close without effect.
        case cancelled
    }

    /// The prefix drawn before the text, e.g. `/` or `:`.
    public var prefix: String
    /// The text being edited.
    public private(set) var field: TextField
    /// Earlier submissions, oldest first.
    public private(set) var history: [String]
    /// The history entry shown, nil while editing new text.
    public private(set) var historyIndex: Int?
    /// The most history entries kept.
    public var historyLimit: Int
    private var draft = ""

    /// A prompt showing `prefix`, starting from `text`, with earlier `history`.
    public init(prefix: String, text: String = "", placeholder: String = "", history: [String] = [], historyLimit: Int = 100) {
        self.prefix = prefix
        self.field = TextField(text, placeholder: placeholder)
        self.history = Array(history.suffix(max(0, historyLimit)))
        self.historyLimit = historyLimit
    }

    /// The current text.
    public var text: String { field.text }

    /// Starts a new entry keeping the history (e.g. when the prompt opens again).
    public mutating func reset(text: String = "") {
        field.setText(text)
        historyIndex = nil
        draft = ""
    }

    /// Applies a key.
    public mutating func handle(_ key: Key) -> Outcome {
        switch key {
        case .enter:
            let submitted = field.text
            if !submitted.isEmpty && history.last != submitted {
                history.append(submitted)
                if history.count > historyLimit { history.removeFirst(history.count - historyLimit) }
            }
            historyIndex = nil
            return .submitted(submitted)
        case .escape:
            return .cancelled
        case .up:
            guard !history.isEmpty else { return .moved }
            if historyIndex == nil { draft = field.text }
            historyIndex = max(0, (historyIndex ?? history.count) - 1)
            field.setText(history[historyIndex ?? 0])
            return .edited(field.text)
        case .down:
            guard let index = historyIndex else { return .moved }
            if index + 1 < history.count {
                historyIndex = index + 1
                field.setText(history[index + 1])
            } else {
                historyIndex = nil
                field.setText(draft)
            }
            return .edited(field.text)
        default:
            switch field.handle(key) {
            case .edited: return .edited(field.text)
            case .moved: return .moved
            case .ignored: return .ignored
            }
        }
    }

    /// Draws the prefix and the field in the first row of `rect`; returns the cursor position.
    @discardableResult
    public func render(into canvas: inout Canvas, in rect: Rect, theme: Theme) -> Point {
        let line = rect.row(0)
        canvas.fill(line, style: theme[.text])
        let x = canvas.draw(prefix, at: Point(x: line.x, y: line.y), style: theme[.title], clip: line)
        let fieldArea = Rect(x: x, y: line.y, width: line.maxX - x, height: 1)
        return field.render(into: &canvas, in: fieldArea, theme: theme, focused: true)
    }
}
