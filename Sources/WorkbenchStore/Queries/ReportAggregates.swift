/// Hours logged in one calendar month on one kind of work (a cell of the stacked bars).
public struct MonthHours: Sendable, Equatable, Codable {
    /// The month, `YYYY-MM`.
    public var month: String
    /// The intervention kind.
    public var kind: InterventionKind
    /// Total hours.
    public var hours: Double
}

/// One point of a burn-down: a scan and its findings counted by effort.
public struct BurnDownPoint: Sendable, Equatable, Codable {
    /// The scan.
    public var scanId: Int64
    /// When it started (ISO-8601 UTC).
    public var startedAt: String
    /// All its findings.
    public var total: Int
    /// Findings per effort; every effort is present (zero when none) so series line up.
    public var byEffort: [String: Int]
}

/// What an attempt's scans and benchmark sessions since a date add up to, beyond `AttemptMetrics`.
public struct AttemptProgress: Sendable, Equatable, Codable {
    /// The attempt.
    public var attemptId: Int64
    /// Findings in its first scan on or after the date (nil without one).
    public var firstScanFindings: Int?
    /// Scans on or after the date.
    public var scans: Int
    /// Whether its latest benchmark session started on or after the date.
    public var benchedSince: Bool
    /// Interventions logged on or after the date.
    public var interventions: Int
    /// Their hours.
    public var hours: Double
}

/// A CUDA name that blocks attempts: effort `blocker` in the latest scan of each.
public struct BlockerRank: Sendable, Equatable, Codable {
    /// The CUDA name as written.
    public var symbol: String
    /// Its catalog family.
    public var family: String
    /// Attempts whose latest scan has it as a blocker.
    public var attempts: Int
    /// Distinct codebases among them.
    public var codebases: Int
    /// Occurrences across those scans.
    public var findings: Int
    /// A catalog note for it (the first one stored).
    public var note: String?
}

/// How losses spread over the attempts of one target (latest session of each).
public struct LossDistribution: Sendable, Equatable, Codable {
    /// The target.
    public var target: Target
    /// Attempts with benchmark results.
    public var attempts: Int
    /// Compared results.
    public var results: Int
    /// Smallest loss, percent.
    public var min: Double
    /// First quartile (median of the lower half).
    public var q1: Double
    /// Median loss — `Median.of` over every result, as the TUI's per-target figure.
    public var median: Double
    /// Third quartile (median of the upper half).
    public var q3: Double
    /// Largest loss, percent.
    public var max: Double

    /// The distribution of `losses`, or nil when there are none.
    public static func of(_ losses: [Double], target: Target, attempts: Int) -> LossDistribution? {
        let sorted = losses.filter(\.isFinite).sorted()
        guard let median = Median.of(sorted), let low = sorted.first, let high = sorted.last else { return nil }
        // Tukey's hinges: the medians of each half (the middle value belongs to both).
        let half = (sorted.count + 1) / 2
        return LossDistribution(
            target: target, attempts: attempts, results: sorted.count, min: low,
            q1: Median.of(Array(sorted.prefix(half))) ?? median, median: median,
            q3: Median.of(Array(sorted.suffix(half))) ?? median, max: high)
    }
}

/// Pennycook-style performance portability of one benchmark session's ports.
public enum PerformancePortability {
    /// The harmonic mean over compared results of efficiency = baseline time / port time
    /// (1 / ratio): n / Σ ratio. A result the port got wrong (verdict `WRONG`) has
    /// efficiency 0, which makes the whole figure 0, as in Pennycook's definition where an
    /// unsupported platform scores 0. Nil when nothing was compared.
    public static func of(_ results: [BenchResult]) -> Double? {
        var count = 0
        var sum = 0.0
        for result in results where result.baselinePort != nil {
            if result.verdict == .wrong { return 0 }
            guard let ratio = result.ratio, ratio.isFinite, ratio > 0 else { continue }
            count += 1
            sum += ratio
        }
        return count == 0 ? nil : Double(count) / sum
    }
}
