import TerminalCore

/// A yes/no question before a destructive action, naming the object it acts on.
///
/// `y` confirms and `n`/Esc cancel from anywhere; Enter answers with the focused button,
/// which is **No** by default so a stray Enter never destroys anything. Tab, arrows and
/// `h`/`l` move the focus.
public struct ConfirmDialog: Hashable, Sendable {
    /// The buttons.
    public enum Choice: Hashable, Sendable {
        /// Go ahead.
        case yes
        /// Keep things as they are.
        case no
    }

    /// What a key did.
    public enum Outcome: Hashable, Sendable {
        /// Not a dialog key.
        case ignored
        /// The focus moved.
        case moved
        /// The user confirmed.
        case confirmed
        /// The user declined.
        case cancelled
    }

    /// The dialog title, e.g. "Delete intervention".
    public var title: String
    /// The question, naming the object: "Delete intervention #42 (kernel-port, 3 h)?".
    public var message: String
    /// The label of the yes button, e.g. "Delete".
    public var confirmLabel: String
    /// The label of the no button.
    public var cancelLabel: String
    /// The focused button.
    public private(set) var focus: Choice = .no

    /// A dialog asking `message` under `title`.
    public init(title: String, message: String, confirmLabel: String = "Yes", cancelLabel: String = "No") {
        self.title = title
        self.message = message
        self.confirmLabel = confirmLabel
        self.cancelLabel = cancelLabel
    }

    /// Applies a key.
    public mutating func handle(_ key: Key) -> Outcome {
        switch key {
        case .char("y"), .char("Y"): return .confirmed
        case .char("n"), .char("N"), .escape: return .cancelled
        case .enter: return focus == .yes ? .confirmed : .cancelled
        case .tab, .backTab, .left, .right, .char("h"), .char("l"):
            focus = focus == .yes ? .no : .yes
            return .moved
        default: return .ignored
        }
    }

    /// Applies a mouse click given the rectangle the dialog was drawn in.
    public mutating func handle(_ mouse: MouseEvent, in rect: Rect) -> Outcome {
        guard case .press(.left) = mouse.kind else { return .ignored }
        let buttons = buttonRects(in: dialogRect(in: rect))
        if buttons.yes.contains(mouse.position) { return .confirmed }
        if buttons.no.contains(mouse.position) { return .cancelled }
        return .ignored
    }

    /// The dialog's own rectangle, centred in `rect`.
    public func dialogRect(in rect: Rect) -> Rect {
        let buttons = TextWidth.of(yesText) + 2 + TextWidth.of(noText)
        let width = min(rect.width, max(30, buttons + 4, min(60, TextWidth.of(message) + 4)))
        let lines = TextWidth.wrap(TerminalText.sanitized(message), to: max(1, width - 4)).count
        return rect.centered(width: width, height: lines + 5)
    }

    private var yesText: String { "[ \(confirmLabel) (y) ]" }
    private var noText: String { "[ \(cancelLabel) (n) ]" }

    private func buttonRects(in box: Rect) -> (yes: Rect, no: Rect) {
        let total = TextWidth.of(yesText) + 2 + TextWidth.of(noText)
        let y = box.maxY - 2
        let x = box.x + max(1, (box.width - total) / 2)
        let yes = Rect(x: x, y: y, width: TextWidth.of(yesText), height: 1)
        let no = Rect(x: yes.maxX + 2, y: y, width: TextWidth.of(noText), height: 1)
        return (yes, no)
    }

    /// Draws the dialog centred in `rect` (usually the whole screen).
    public func render(into canvas: inout Canvas, in rect: Rect, theme: Theme) {
        let box = dialogRect(in: rect)
        guard !box.isEmpty else { return }
        canvas.fill(box, style: theme[.text])
        let inner = canvas.drawBox(box, glyphs: theme.glyphs, style: theme[.borderFocused], title: title, titleStyle: theme[.title])
        let text = inner.inset(left: 1, right: 1)
        let lines = TextWidth.wrap(TerminalText.sanitized(message), to: max(1, text.width))
        for (index, line) in lines.enumerated() where index + 1 < text.height {
            canvas.draw(line, at: Point(x: text.x, y: text.y + 1 + index), style: theme[.text], clip: text)
        }
        let buttons = buttonRects(in: box)
        let yesStyle = focus == .yes ? theme[.selection] : theme[.text]
        let noStyle = focus == .no ? theme[.selection] : theme[.text]
        canvas.draw(yesText, at: Point(x: buttons.yes.x, y: buttons.yes.y), style: yesStyle, clip: inner)
        canvas.draw(noText, at: Point(x: buttons.no.x, y: buttons.no.y), style: noStyle, clip: inner)
    }
}
