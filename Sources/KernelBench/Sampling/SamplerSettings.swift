/// How long and how carefully to measure; defaults follow nvbench's stdrel criterion.
public struct SamplerSettings: Sendable, Codable, Hashable {
    /// Minimum samples per arm before any rule but the time limit may stop.
    public var minSamples: Int = 20
    /// Minimum measured seconds (both arms together) before stopping on noise or stability.
    public var minTime: Double = 0.25
    /// Target relative standard error of the estimate (0.005 = 0.5%).
    public var maxNoise: Double = 0.005
    /// Window (in checks) over which the estimate must have stopped moving for `stable`.
    public var stableWindow: Int = 64
    /// Wall-clock limit per measurement, in seconds.
    public var maxTime: Double = 10
    /// Hard cap on samples per arm.
    public var maxSamples: Int = 2000
    /// Shortest batch: calls are batched until one batch lasts at least this many seconds.
    public var minSampleTime: Double = 0.001
    /// Batches per sample; a sample is the fastest of them. Other processes can only add
    /// time to a batch, so the fastest of a few back-to-back batches filters out preemption
    /// on a shared machine while every batch still runs the kernel many times.
    public var batchesPerSample: Int = 3
    /// Seconds to pause before each sample so the previous arm's runtime threads go idle.
    public var settleTime: Double = 0
    /// Separate allocations of each arm that samples rotate through (see `Sampler`).
    public var placements: Int = 4
    /// Memory one arm's placements may use together; fewer placements are made above it.
    public var placementMemory: Int = 1 << 30
    /// Warm-up seconds per arm before the first sample is kept.
    public var warmupTime: Double = 0.05
    /// Practical-equivalence band for verdicts (0.03 = ±3%).
    public var band: Double = 0.03
    /// Bootstrap resamples for intervals.
    public var resamples: Int = 2000
    /// Seed for the bootstrap and for input generation.
    public var seed: UInt64 = KernelInputs.defaultSeed

    /// The defaults.
    public init() {}

    /// Checks every value is in range.
    public func validate() throws(BenchError) {
        func need(_ ok: Bool, _ message: String) throws(BenchError) {
            if !ok { throw BenchError.invalidSettings(message) }
        }
        try need(minSamples >= 2, "min samples must be at least 2 (got \(minSamples))")
        try need(maxSamples >= minSamples, "max samples \(maxSamples) is below min samples \(minSamples)")
        try need(minTime >= 0 && minTime.isFinite, "min time must be a non-negative number of seconds")
        try need(maxTime > 0 && maxTime.isFinite, "max time must be a positive number of seconds")
        try need(maxNoise > 0 && maxNoise < 1, "noise target must be between 0 and 1 (got \(maxNoise))")
        try need(band > 0 && band < 1, "equivalence band must be between 0 and 1 (got \(band))")
        try need(stableWindow >= 4, "stable window must be at least 4")
        try need(resamples >= 100, "bootstrap resamples must be at least 100")
        try need(minSampleTime >= 0 && minSampleTime < 10, "min sample time out of range")
        try need(settleTime >= 0 && settleTime <= 1, "settle time must be 0-1 s")
        try need(placements >= 1 && placements <= 64, "placements must be 1-64")
        try need(batchesPerSample >= 1 && batchesPerSample <= 100, "batches per sample must be 1-100")
        try need(warmupTime >= 0 && warmupTime < 60, "warm-up time out of range")
    }
}

extension SamplerSettings {
    private enum CodingKeys: String, CodingKey {
        case minSamples = "min_samples", minTime = "min_time", maxNoise = "max_noise"
        case stableWindow = "stable_window", maxTime = "max_time", maxSamples = "max_samples"
        case minSampleTime = "min_sample_time", warmupTime = "warmup_time", band, resamples, seed
        case batchesPerSample = "batches_per_sample", placements, placementMemory = "placement_memory"
        case settleTime = "settle_time"
    }
}
