/// A mouse event at a cell position.
public struct MouseEvent: Hashable, Sendable {
    /// The mouse button involved.
    public enum Button: Hashable, Sendable {
        /// The primary (usually left) button.
        case left
        /// The middle button.
        case middle
        /// The secondary (usually right) button.
        case right
    }

    /// What happened.
    public enum Kind: Hashable, Sendable {
        /// A button went down.
        case press(Button)
        /// A button came up.
        case release(Button)
        /// The wheel turned towards the user's screen top (scroll up).
        case wheelUp
        /// The wheel turned towards the bottom (scroll down).
        case wheelDown
    }

    /// What happened.
    public var kind: Kind
    /// The cell under the pointer.
    public var position: Point

    /// A mouse event of `kind` at `position`.
    public init(_ kind: Kind, at position: Point) {
        self.kind = kind
        self.position = position
    }
}
