/// Everything the UI reacts to: keys, mouse, terminal resizes and idle ticks.
public enum InputEvent: Hashable, Sendable {
    /// A key press.
    case key(Key)
    /// A mouse press, release or wheel turn.
    case mouse(MouseEvent)
    /// The terminal now has this size; re-layout and redraw.
    case resize(Size)
    /// No input arrived before the read timeout; a chance to run background work and redraw.
    case tick
}
