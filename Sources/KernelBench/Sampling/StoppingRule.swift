/// The pure decision of when a measurement has enough samples; fed one check at a time.
public struct StoppingRule: Sendable {
    /// The settings it applies.
    public let settings: SamplerSettings
    private var history: [Double] = []

    /// Creates a rule.
    public init(settings: SamplerSettings) {
        self.settings = settings
    }

    /// Decides after a new sample (pair): nil to go on, or the reason to stop.
    ///
    /// - Parameters:
    ///   - samples: samples per arm so far.
    ///   - measured: seconds of measured kernel time so far (all arms).
    ///   - elapsed: wall-clock seconds since sampling began.
    ///   - estimate: the current estimate (ratio of medians, or a median).
    ///   - standardError: its relative standard error.
    public mutating func check(samples: Int, measured: Double, elapsed: Double, estimate: Double,
                               standardError: Double) -> StopReason? {
        if elapsed >= settings.maxTime { return .timeout }
        if samples >= settings.maxSamples { return .maxSamples }
        guard samples >= settings.minSamples else { return nil }
        if estimate.isFinite { history.append(estimate) }
        guard measured >= settings.minTime else { return nil }
        if standardError.isFinite && standardError <= settings.maxNoise { return .noise }
        // nvbench's stabilisation idea applied to the estimate itself: once it has stayed
        // within twice the noise target for a whole window, more samples will not move it.
        let window = settings.stableWindow
        if samples >= 2 * settings.minSamples, history.count >= window {
            let recent = history.suffix(window)
            if let lo = recent.min(), let hi = recent.max(), lo > 0, (hi - lo) / lo <= 2 * settings.maxNoise {
                return .stable
            }
        }
        return nil
    }
}
