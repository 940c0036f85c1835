/// What to run: kernels, sizes, baseline and ports, how to sample, whether to calibrate.
public struct BenchPlan: Sendable {
    /// Kernels to run, in order (default: the whole suite).
    public var kernels: [KernelID] = KernelID.allCases
    /// Size labels to run (default: every rung).
    public var sizes: [String] = ["S", "M", "L"]
    /// The reference every port is compared with.
    public var baseline: String = "c"
    /// Ports to compare with the baseline (empty: every available port but the baseline).
    public var ports: [String] = []
    /// Sampling settings.
    public var settings = SamplerSettings()
    /// A/A mode: each selected port against a second instance of itself.
    public var selfCheck = false
    /// Whether and how to obtain the machine's roofs.
    public var calibration: CalibrationMode = .measure

    /// How the session gets its calibration.
    public enum CalibrationMode: Sendable {
        /// Measure triad bandwidth and FMA peak now.
        case measure
        /// Use these figures (e.g. measured earlier in the same process).
        case fixed(Calibration)
        /// Record none.
        case skip
    }

    /// The default plan.
    public init() {}

    /// The A/A plan the self-check uses: sizes S and M of every kernel (20 pairs).
    public static func selfCheck(ports: [String] = ["c"]) -> BenchPlan {
        var plan = BenchPlan()
        plan.selfCheck = true
        plan.sizes = ["S", "M"]
        plan.ports = ports
        plan.baseline = ports.first ?? "c"
        return plan
    }
}
