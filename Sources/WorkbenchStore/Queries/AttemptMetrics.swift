/// What an attempt's scans and benchmarks say about it, for tables and KPIs.
public struct AttemptMetrics: Sendable, Equatable, Codable {
    /// The attempt.
    public var attemptId: Int64
    /// The target of the attempt.
    public var target: Target
    /// Findings in its latest scan (nil when it has never been scanned).
    public var openFindings: Int?
    /// Number of scans linked to it.
    public var scans: Int
    /// Loss percentages of its latest benchmark session, one per compared result.
    public var losses: [Double]

    /// The median loss of its latest benchmark session (nil without results).
    public var medianLoss: Double? { Median.of(losses) }
}

/// The median of a list of numbers, shared by every "median loss" in the workbench.
public enum Median {
    /// The median of `values` ignoring non-finite ones; nil when none remain.
    public static func of(_ values: [Double]) -> Double? {
        let sorted = values.filter(\.isFinite).sorted()
        guard !sorted.isEmpty else { return nil }
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }
}
