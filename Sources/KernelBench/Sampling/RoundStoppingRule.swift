/// The pure decision of when a comparison measured in rounds has enough rounds: judged on
/// the interval of the ratio (from `RoundedRatio`), never on the noise of single samples.
public struct RoundStoppingRule: Sendable {
    /// The settings it applies.
    public let settings: SamplerSettings
    /// Checks the interval must have held still for to count as stable.
    public static let stableChecks = 8
    private var history: [Bootstrap.Interval] = []

    /// Creates a rule.
    public init(settings: SamplerSettings) {
        self.settings = settings
    }

    /// Decides after a round: nil to go on, or the reason to stop.
    ///
    /// - Parameters:
    ///   - rounds: rounds measured so far.
    ///   - elapsed: wall-clock seconds since the comparison began.
    ///   - estimate: the ratio and its interval over every round so far.
    public mutating func check(rounds: Int, elapsed: Double, estimate: RoundedRatio) -> StopReason? {
        if !estimate.interval.isDegenerate { history.append(estimate.interval) }
        if elapsed >= settings.maxTime { return .timeout }
        if rounds >= settings.maxRounds { return .maxRounds }
        guard rounds >= settings.minRounds else { return nil }
        if estimate.relativeHalfWidth <= settings.intervalTarget { return .narrow }
        // More rounds would not change the answer: over the last few checks neither end of
        // the interval moved by more than half the target (relative to the estimate).
        let window = Self.stableChecks
        guard history.count >= window, estimate.ratio > 0 else { return nil }
        let recent = history.suffix(window)
        let tolerance = settings.intervalTarget / 2 * estimate.ratio
        let lows = recent.map(\.low), highs = recent.map(\.high)
        if let l0 = lows.min(), let l1 = lows.max(), let h0 = highs.min(), let h1 = highs.max(),
           l1 - l0 <= tolerance, h1 - h0 <= tolerance {
            return .settled
        }
        return nil
    }
}
