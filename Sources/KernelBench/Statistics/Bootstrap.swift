/// Percentile-bootstrap confidence intervals for medians and ratios of medians.
public enum Bootstrap {
    /// A two-sided interval.
    public struct Interval: Sendable, Codable, Hashable {
        /// Lower bound.
        public var low: Double
        /// Upper bound.
        public var high: Double

        /// Creates an interval.
        public init(low: Double, high: Double) {
            self.low = low
            self.high = high
        }

        /// Whether either bound is missing.
        public var isDegenerate: Bool { !low.isFinite || !high.isFinite }
    }

    /// The interval of `median(port) / median(baseline)` at `level` (e.g. 0.95).
    ///
    /// When both arms have the same number of samples they are treated as interleaved pairs
    /// and resampled together, so drift shared by a pair cancels instead of widening the
    /// interval; otherwise each arm is resampled on its own.
    public static func ratioOfMedians(baseline: [Double], port: [Double], resamples: Int = 2000,
                                      level: Double = 0.95, seed: UInt64 = 1) -> Interval {
        let b = baseline.filter { $0.isFinite && $0 > 0 }
        let p = port.filter { $0.isFinite && $0 > 0 }
        guard b.count >= 2, p.count >= 2, resamples > 0 else {
            let r = Quantiles.median(p) / Quantiles.median(b)
            return Interval(low: r.isFinite && b.count == 1 && p.count == 1 ? r : .nan,
                            high: r.isFinite && b.count == 1 && p.count == 1 ? r : .nan)
        }
        let paired = baseline.count == port.count && b.count == baseline.count && p.count == port.count
        var rng = SeededGenerator(seed: seed)
        var ratios = [Double](repeating: 0, count: resamples)
        var sb = [Double](repeating: 0, count: b.count)
        var sp = [Double](repeating: 0, count: p.count)
        for r in 0..<resamples {
            if paired {
                for i in 0..<b.count {
                    let j = rng.index(below: b.count)
                    sb[i] = b[j]
                    sp[i] = p[j]
                }
            } else {
                for i in 0..<b.count { sb[i] = b[rng.index(below: b.count)] }
                for i in 0..<p.count { sp[i] = p[rng.index(below: p.count)] }
            }
            ratios[r] = Quantiles.medianInPlace(&sp) / Quantiles.medianInPlace(&sb)
        }
        ratios.sort()
        let tail = (1 - level) / 2
        return Interval(low: Quantiles.sorted(ratios, tail), high: Quantiles.sorted(ratios, 1 - tail))
    }

    /// The interval of the median of one sample set.
    public static func median(_ samples: [Double], resamples: Int = 2000, level: Double = 0.95,
                              seed: UInt64 = 1) -> Interval {
        let x = samples.filter { $0.isFinite && $0 > 0 }
        guard x.count >= 2, resamples > 0 else {
            let m = x.first ?? .nan
            return Interval(low: m, high: m)
        }
        var rng = SeededGenerator(seed: seed)
        var medians = [Double](repeating: 0, count: resamples)
        var s = [Double](repeating: 0, count: x.count)
        for r in 0..<resamples {
            for i in 0..<x.count { s[i] = x[rng.index(below: x.count)] }
            medians[r] = Quantiles.medianInPlace(&s)
        }
        medians.sort()
        let tail = (1 - level) / 2
        return Interval(low: Quantiles.sorted(medians, tail), high: Quantiles.sorted(medians, 1 - tail))
    }
}
