/// One round of a comparison: how many baseline/port pairs it took and the ratio it gave.
public struct RoundRecord: Sendable, Codable, Hashable {
    /// Baseline/port sample pairs in the round.
    public var pairs: Int
    /// The round's ratio (median of its pair ratios, port / baseline).
    public var ratio: Double
    /// Which runner process (1-based, the same number for each arm) served the round; nil
    /// when both arms ran inside the harness.
    public var process: Int?

    /// Creates a record.
    public init(pairs: Int, ratio: Double, process: Int? = nil) {
        self.pairs = pairs
        self.ratio = ratio
        self.process = process
    }
}
