/// A timed message: errors stay longer than information.
public struct Toast: Hashable, Sendable {
    /// How serious the message is.
    public enum Kind: Hashable, Sendable {
        /// Neutral news ("saved", "scan finished").
        case info
        /// Something failed; stays on screen longer.
        case error
    }

    /// How serious the message is.
    public var kind: Kind
    /// The text (sanitised when drawn).
    public var message: String
    /// When it was posted, in seconds on the caller's clock.
    public var postedAt: Double
    /// When it disappears, in seconds on the same clock.
    public var expiresAt: Double

    /// A toast posted at `postedAt` that lasts `duration` seconds.
    public init(_ message: String, kind: Kind, postedAt: Double, duration: Double) {
        self.kind = kind
        self.message = message
        self.postedAt = postedAt
        self.expiresAt = postedAt + Swift.max(0, duration)
    }
}
