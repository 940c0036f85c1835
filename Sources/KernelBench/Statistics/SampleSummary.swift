/// Robust summary of one set of timings: centre, spread and extremes, all in nanoseconds.
public struct SampleSummary: Sendable, Codable, Hashable {
    /// Number of finite samples summarised.
    public var count: Int
    /// Samples dropped because they were not finite and positive.
    public var rejected: Int
    /// The median.
    public var median: Double
    /// Median absolute deviation from the median (unscaled).
    public var mad: Double
    /// The smallest sample.
    public var min: Double
    /// The largest sample.
    public var max: Double
    /// First quartile.
    public var q1: Double
    /// Third quartile.
    public var q3: Double
    /// The mean (reported for comparison with mean-based tools, never used for verdicts).
    public var mean: Double

    /// Summarises samples; non-finite or non-positive values are counted in `rejected`.
    public init(_ samples: [Double]) {
        let clean = samples.filter { $0.isFinite && $0 > 0 }.sorted()
        count = clean.count
        rejected = samples.count - clean.count
        median = Quantiles.sorted(clean, 0.5)
        q1 = Quantiles.sorted(clean, 0.25)
        q3 = Quantiles.sorted(clean, 0.75)
        min = clean.first ?? .nan
        max = clean.last ?? .nan
        mean = clean.isEmpty ? .nan : clean.reduce(0, +) / Double(clean.count)
        let m = median
        mad = clean.isEmpty ? .nan : Quantiles.median(clean.map { abs($0 - m) })
    }

    /// Robust relative spread: 1.4826 * MAD / median (equals the RSD for normal data).
    public var noise: Double {
        guard count > 1, median > 0 else { return .infinity }
        return 1.4826 * mad / median
    }

    /// Approximate relative standard error of the median (1.2533 * noise / sqrt(n)).
    public var medianStandardError: Double {
        guard count > 1 else { return .infinity }
        return 1.2533 * noise / Double(count).squareRoot()
    }
}
