/// A source of the current time in seconds, injected wherever time shows on screen (toasts,
/// progress estimates) so tests can fix it.
public struct SecondsClock: Sendable {
    /// The current time in seconds since an arbitrary fixed origin.
    public let now: @Sendable () -> Double

    /// A clock reading `now`.
    public init(now: @escaping @Sendable () -> Double) {
        self.now = now
    }

    /// A monotonic clock counting from the moment it is created.
    public static func monotonic() -> SecondsClock {
        let origin = ContinuousClock.now
        return SecondsClock {
            let elapsed = ContinuousClock.now - origin
            let parts = elapsed.components
            return Double(parts.seconds) + Double(parts.attoseconds) / 1e18
        }
    }

    /// A clock stopped at `seconds`.
    public static func fixed(_ seconds: Double) -> SecondsClock {
        SecondsClock { seconds }
    }
}
