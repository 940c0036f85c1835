/// Which rule ended a measurement.
public enum StopReason: String, Sendable, Codable, CaseIterable {
    /// The estimate's relative standard error fell below the noise target.
    case noise
    /// The estimate stopped moving: its range over the last window is within the target.
    case stable
    /// The time limit was reached first.
    case timeout
    /// The sample cap was reached first.
    case maxSamples = "max-samples"
    /// Too few usable samples (e.g. every sample failed); nothing to conclude.
    case degenerate
    /// Imported from another tool, which decided on its own.
    case imported
    /// Measured in rounds: the interval of the ratio became narrow enough.
    case narrow = "interval"
    /// Measured in rounds: the interval stopped moving over the last rounds.
    case settled = "interval-stable"
    /// Measured in rounds: the round cap was reached first.
    case maxRounds = "max-rounds"
}
