/// A progress report from a running plan, delivered through the caller's callback.
public struct BenchProgress: Sendable {
    /// What is happening.
    public enum Phase: String, Sendable {
        /// Measuring the machine's roofs.
        case calibrating
        /// A port was skipped (the message says why).
        case skipped
        /// Generating inputs, compiling, verifying checksums.
        case preparing
        /// Sampling.
        case measuring
        /// One measurement finished (the message has its verdict).
        case finished
    }

    /// The phase.
    public var phase: Phase
    /// Index of the current step (1-based) and the number of steps.
    public var step: Int
    /// Total steps in the plan.
    public var total: Int
    /// A one-line description, e.g. `triad M: c vs opencl`.
    public var message: String

    /// Creates a progress report.
    public init(phase: Phase, step: Int, total: Int, message: String) {
        self.phase = phase
        self.step = step
        self.total = total
        self.message = message
    }
}
