import Foundation

/// The ratio of a port's time to its baseline's from samples taken in rounds, with an
/// interval that holds when most of the variance lies between rounds (separate runner
/// processes, separate stretches of time) rather than between samples.
///
/// Each round yields one ratio: the median of its pair ratios (port sample over the baseline
/// sample taken next to it, so drift shared by a pair cancels), or the ratio of medians when
/// the arms have different counts. The rounds are the independent replicates, and each round's ratio already carries the noise
/// of the levels below it (samples within the round, the process it ran in). The estimate is
/// the median of the round ratios and the interval is the distribution-free one for that
/// median: the k-th smallest and k-th largest round ratio, k chosen from the binomial
/// distribution so that the interval covers the median with at least the requested
/// probability. It needs no normality and no independence between samples, and a round
/// whose process landed on a busy core moves it by one rank, not by its size.
public struct RoundedRatio: Sendable, Hashable {
    /// Median of the per-round ratios (port / baseline).
    public var ratio: Double
    /// The interval at the requested level (NaN bounds with too few rounds for it).
    public var interval: Bootstrap.Interval
    /// Each round's ratio, in round order.
    public var roundRatios: [Double]
    /// Robust spread of the log round ratios (1.4826 · MAD): the relative spread between rounds.
    public var roundSpread: Double
    /// Probability that the interval covers the median ratio (at least the requested level).
    public var coverage: Double

    /// The relative half-width of the interval (e.g. 0.01 for ±1%); infinite when degenerate.
    public var relativeHalfWidth: Double {
        guard !interval.isDegenerate, ratio > 0 else { return .infinity }
        return (interval.high - interval.low) / (2 * ratio)
    }

    /// Estimates from `baseline[r]` and `port[r]`, the samples of round `r`; rounds without a
    /// usable sample on either arm are left out.
    public static func estimate(baseline: [[Double]], port: [[Double]], level: Double = 0.95) -> RoundedRatio {
        let logs: [Double] = zip(baseline, port).compactMap { b, p in
            let r = log(roundRatio(baseline: b, port: p))
            return r.isFinite ? r : nil
        }
        let sorted = logs.sorted()
        let centre = Quantiles.sorted(sorted, 0.5)
        let spread = sorted.count > 1 ? 1.4826 * Quantiles.median(sorted.map { abs($0 - centre) }) : .nan
        var out = RoundedRatio(ratio: exp(centre), interval: .init(low: .nan, high: .nan), roundRatios: logs.map(exp),
                               roundSpread: spread, coverage: .nan)
        if let k = rank(rounds: sorted.count, level: level) {
            out.interval = .init(low: exp(sorted[k - 1]), high: exp(sorted[sorted.count - k]))
            out.coverage = 1 - 2 * binomialHalfCDF(k - 1, sorted.count)
        }
        return out
    }

    /// One round's ratio: the median of pair ratios when the arms pair up, else the ratio of
    /// medians; samples that are not finite and positive are left out.
    public static func roundRatio(baseline: [Double], port: [Double]) -> Double {
        func usable(_ x: Double) -> Bool { x.isFinite && x > 0 }
        if baseline.count == port.count {
            let pairs = zip(baseline, port).filter { usable($0.0) && usable($0.1) }.map { $0.1 / $0.0 }
            return pairs.isEmpty ? .nan : Quantiles.median(pairs)
        }
        return Quantiles.median(port.filter(usable)) / Quantiles.median(baseline.filter(usable))
    }

    /// The largest k (1-based) whose order statistics x(k), x(n+1-k) bound the median with
    /// probability at least `level`; nil when even the extremes cannot (n < 6 at 95%).
    public static func rank(rounds n: Int, level: Double) -> Int? {
        guard n >= 2, level > 0, level < 1 else { return nil }
        let tail = (1 - level) / 2
        var k: Int?
        var j = 0
        while j < n / 2, binomialHalfCDF(j, n) <= tail {
            k = j + 1
            j += 1
        }
        return k
    }

    /// P(X <= j) for X ~ Binomial(n, 1/2).
    static func binomialHalfCDF(_ j: Int, _ n: Int) -> Double {
        guard j >= 0 else { return 0 }
        var total = 0.0
        for i in 0...min(j, n) {
            let logTerm: Double = lgamma(Double(n + 1)) - lgamma(Double(i + 1)) - lgamma(Double(n - i + 1))
            total += exp(logTerm - Double(n) * log(2.0))
        }
        return min(1, total)
    }
}
