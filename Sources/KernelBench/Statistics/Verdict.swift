/// The judgement on a port against its baseline, from the ratio interval and the band.
public enum Verdict: String, Sendable, Codable, CaseIterable {
    /// The whole interval lies inside the equivalence band: no practical difference.
    case same = "SAME"
    /// Significantly slower (interval above 1) and the ratio lies beyond the band.
    case slower = "SLOWER"
    /// Significantly faster (interval below 1) and the ratio lies beyond the band.
    case faster = "FASTER"
    /// Neither: more samples, a quieter machine, or a wider band would be needed.
    case inconclusive = "INCONCLUSIVE"

    /// Decides from the ratio (port time / baseline time), its interval and the band (0.03 = ±3%).
    ///
    /// Intervals too short to trust (fewer than `minimumSamples` on either arm) and missing
    /// numbers are inconclusive, never SAME.
    public static func decide(ratio: Double, interval: Bootstrap.Interval, band: Double,
                              samples: Int, minimumSamples: Int = 5) -> Verdict {
        guard ratio.isFinite, ratio > 0, !interval.isDegenerate, samples >= minimumSamples else {
            return .inconclusive
        }
        let low = min(interval.low, interval.high), high = max(interval.low, interval.high)
        if low >= 1 - band && high <= 1 + band { return .same }
        if low > 1 && ratio > 1 + band { return .slower }
        if high < 1 && ratio < 1 - band { return .faster }
        return .inconclusive
    }
}
