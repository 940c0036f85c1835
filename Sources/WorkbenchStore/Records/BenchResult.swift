/// The timings of one kernel at one size on one port, and its comparison with the baseline.
public struct BenchResult: WorkbenchRecord, Equatable {
    /// The table name.
    public static let databaseTableName = "bench_result"
    /// Row id.
    public var id: Int64?
    /// The session it belongs to.
    public var sessionId: Int64
    /// Kernel name (`triad`, `sgemm` …).
    public var kernel: String
    /// Problem size label.
    public var size: String
    /// Port name (`c`, `opencl`, `cuda`, an external runner …).
    public var port: String
    /// Number of timed samples.
    public var samples: Int64
    /// Median time per call, nanoseconds.
    public var medianNs: Double?
    /// Median absolute deviation, nanoseconds.
    public var madNs: Double?
    /// Fastest sample, nanoseconds.
    public var minNs: Double?
    /// First quartile, nanoseconds.
    public var q1Ns: Double?
    /// Third quartile, nanoseconds.
    public var q3Ns: Double?
    /// Which rule ended sampling.
    public var stopReason: String?
    /// Whether the port's checksum matched the baseline's (nil when not checked).
    public var checksumOk: Bool?
    /// Achieved bandwidth, GB/s.
    public var gbps: Double?
    /// Achieved compute rate, GFLOP/s.
    public var gflops: Double?
    /// JSON array of every sample, nanoseconds.
    public var rawSamples: String
    /// The port compared against (nil for the baseline itself).
    public var baselinePort: String?
    /// Port median / baseline median.
    public var ratio: Double?
    /// Lower end of the 95% interval of the ratio.
    public var ciLow: Double?
    /// Upper end of the 95% interval of the ratio.
    public var ciHigh: Double?
    /// Performance lost against the baseline, percent (negative when faster).
    public var lossPercent: Double?
    /// The comparison's verdict.
    public var verdict: Verdict?
    /// Rounds the comparison was measured in (nil before rounds existed, and for baselines).
    public var rounds: Int64?
    /// Separate runner processes each arm ran in (1: inside the harness).
    public var processes: Int64?
    /// Robust relative spread of the ratio between rounds (0.01 = ±1%).
    public var roundSpread: Double?

    /// A result not yet inserted.
    public init(
        id: Int64? = nil, sessionId: Int64, kernel: String, size: String, port: String,
        samples: Int64, medianNs: Double? = nil, madNs: Double? = nil, minNs: Double? = nil,
        q1Ns: Double? = nil, q3Ns: Double? = nil, stopReason: String? = nil,
        checksumOk: Bool? = nil, gbps: Double? = nil, gflops: Double? = nil,
        rawSamples: String = "[]", baselinePort: String? = nil, ratio: Double? = nil,
        ciLow: Double? = nil, ciHigh: Double? = nil, lossPercent: Double? = nil,
        verdict: Verdict? = nil, rounds: Int64? = nil, processes: Int64? = nil, roundSpread: Double? = nil
    ) {
        self.id = id
        self.sessionId = sessionId
        self.kernel = kernel
        self.size = size
        self.port = port
        self.samples = samples
        self.medianNs = medianNs
        self.madNs = madNs
        self.minNs = minNs
        self.q1Ns = q1Ns
        self.q3Ns = q3Ns
        self.stopReason = stopReason
        self.checksumOk = checksumOk
        self.gbps = gbps
        self.gflops = gflops
        self.rawSamples = rawSamples
        self.baselinePort = baselinePort
        self.ratio = ratio
        self.ciLow = ciLow
        self.ciHigh = ciHigh
        self.lossPercent = lossPercent
        self.verdict = verdict
        self.rounds = rounds
        self.processes = processes
        self.roundSpread = roundSpread
    }
}
