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
    /// Rounds every comparison takes at least; an external runner gets a fresh process each round.
    public var minRounds: Int = 6
    /// Rounds after which a comparison stops whatever its interval.
    public var maxRounds: Int = 40
    /// Baseline/port pairs per round: more (up to eight times as many) while a round has measured
    /// for less time than it took to set up, fewer when it would take too long (in whole ABBA blocks).
    public var pairsPerRound: Int = 10
    /// A comparison stops once its interval's relative half-width is at most this (0.01 = ±1%).
    public var intervalTarget: Double = 0.01

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
        try need(minRounds >= 6 && minRounds <= 1000, "rounds must be 6-1000 (got \(minRounds)): a 95% interval from rounds needs at least six")
        try need(maxRounds >= minRounds && maxRounds <= 1000, "max rounds \(maxRounds) must be from min rounds \(minRounds) to 1000")
        try need(pairsPerRound >= 2 && pairsPerRound <= 10_000, "pairs per round must be 2-10000 (got \(pairsPerRound))")
        try need(intervalTarget > 0 && intervalTarget < 1, "interval target must be between 0 and 1 (got \(intervalTarget))")
    }
}

extension SamplerSettings {
    /// Decodes settings; keys a session written before a setting existed lacks keep their defaults.
    public init(from decoder: any Decoder) throws {
        self.init()
        let c = try decoder.container(keyedBy: CodingKeys.self)
        func read<T: Decodable>(_ key: CodingKeys, _ value: inout T) throws {
            if let v = try c.decodeIfPresent(T.self, forKey: key) { value = v }
        }
        try read(.minSamples, &minSamples)
        try read(.minTime, &minTime)
        try read(.maxNoise, &maxNoise)
        try read(.stableWindow, &stableWindow)
        try read(.maxTime, &maxTime)
        try read(.maxSamples, &maxSamples)
        try read(.minSampleTime, &minSampleTime)
        try read(.batchesPerSample, &batchesPerSample)
        try read(.settleTime, &settleTime)
        try read(.placements, &placements)
        try read(.placementMemory, &placementMemory)
        try read(.warmupTime, &warmupTime)
        try read(.band, &band)
        try read(.resamples, &resamples)
        try read(.seed, &seed)
        try read(.minRounds, &minRounds)
        try read(.maxRounds, &maxRounds)
        try read(.pairsPerRound, &pairsPerRound)
        try read(.intervalTarget, &intervalTarget)
    }

    private enum CodingKeys: String, CodingKey {
        case minSamples = "min_samples", minTime = "min_time", maxNoise = "max_noise"
        case stableWindow = "stable_window", maxTime = "max_time", maxSamples = "max_samples"
        case minSampleTime = "min_sample_time", warmupTime = "warmup_time", band, resamples, seed
        case batchesPerSample = "batches_per_sample", placements, placementMemory = "placement_memory"
        case settleTime = "settle_time", minRounds = "min_rounds", maxRounds = "max_rounds"
        case pairsPerRound = "pairs_per_round", intervalTarget = "interval_target"
    }
}
