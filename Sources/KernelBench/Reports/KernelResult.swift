/// The measurement of one kernel at one size on one port.
public struct KernelResult: Sendable, Codable, Hashable {
    /// The kernel (its name; imports may carry names outside the suite).
    public var kernel: String
    /// The port.
    public var port: String
    /// The size label (`S`, `M`, `L`, or a foreign label).
    public var size: String
    /// The size's dimensions, when known.
    public var dims: [Int]
    /// Per-call nanoseconds of every sample, in sampling order.
    public var samples: [Double]
    /// Calls batched into each sample.
    public var repsPerSample: Int
    /// The robust summary of `samples`.
    public var summary: SampleSummary
    /// Bootstrap 95% interval of the median.
    public var ci: Bootstrap.Interval
    /// Why sampling stopped.
    public var stopReason: StopReason
    /// Whether the output agreed with the baseline's within the kernel's tolerance.
    public var checksumOK: Bool
    /// The port's checksum (NaN when not reported).
    public var checksum: Double
    /// Relative disagreement with the baseline checksum.
    public var checksumError: Double
    /// GB/s at the median time (nil when bytes are unknown).
    public var gbps: Double?
    /// GFLOP/s at the median time (nil when FLOPs are unknown or zero).
    public var gflops: Double?
    /// Percent of the machine's roof for this kernel (nil without a calibration).
    public var roofPercent: Double?

    /// Creates a result from samples, computing the summary and its interval.
    public init(kernel: String, port: String, size: String, dims: [Int], samples: [Double],
                repsPerSample: Int, stopReason: StopReason, checksum: Double, checksumOK: Bool,
                checksumError: Double, resamples: Int = 2000, seed: UInt64 = 1) {
        self.kernel = kernel
        self.port = port
        self.size = size
        self.dims = dims
        self.samples = samples
        self.repsPerSample = repsPerSample
        summary = SampleSummary(samples)
        ci = Bootstrap.median(samples, resamples: resamples, seed: seed)
        self.stopReason = stopReason
        self.checksum = checksum
        self.checksumOK = checksumOK
        self.checksumError = checksumError
    }

    /// Fills throughput and roof percentage from the work per call and a calibration.
    public mutating func applyThroughput(bytes: Double?, flops: Double?, bound: KernelSpec.Roof?,
                                         calibration: Calibration?) {
        let t = summary.median
        guard t.isFinite, t > 0 else { return }
        gbps = bytes.map { $0 / t }
        gflops = flops.flatMap { $0 > 0 ? $0 / t : nil }
        if let calibration, let bound {
            let achieved = bound == .memory ? gbps : gflops
            let roof = calibration.roof(for: bound)
            if let achieved, roof > 0 { roofPercent = 100 * achieved / roof }
        }
    }

    /// Writes every stored field plus flat `median_ns`, `mad_ns`, `min_ns`, `q1_ns`, `q3_ns`
    /// so consumers need not know the summary's shape.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(kernel, forKey: .kernel)
        try c.encode(port, forKey: .port)
        try c.encode(size, forKey: .size)
        try c.encode(dims, forKey: .dims)
        try c.encode(samples, forKey: .samples)
        try c.encode(repsPerSample, forKey: .repsPerSample)
        try c.encode(summary, forKey: .summary)
        try c.encode(ci, forKey: .ci)
        try c.encode(stopReason, forKey: .stopReason)
        try c.encode(checksumOK, forKey: .checksumOK)
        try c.encode(checksum, forKey: .checksum)
        try c.encode(checksumError, forKey: .checksumError)
        try c.encodeIfPresent(gbps, forKey: .gbps)
        try c.encodeIfPresent(gflops, forKey: .gflops)
        try c.encodeIfPresent(roofPercent, forKey: .roofPercent)
        var flat = encoder.container(keyedBy: FlatKeys.self)
        try flat.encode(summary.median, forKey: .medianNs)
        try flat.encode(summary.mad, forKey: .madNs)
        try flat.encode(summary.min, forKey: .minNs)
        try flat.encode(summary.q1, forKey: .q1Ns)
        try flat.encode(summary.q3, forKey: .q3Ns)
    }

    private enum FlatKeys: String, CodingKey {
        case medianNs = "median_ns", madNs = "mad_ns", minNs = "min_ns", q1Ns = "q1_ns", q3Ns = "q3_ns"
    }

    private enum CodingKeys: String, CodingKey {
        case kernel, port, size, dims, samples, summary, ci, checksum, gbps, gflops
        case repsPerSample = "reps_per_sample", stopReason = "stop_reason"
        case checksumOK = "checksum_ok", checksumError = "checksum_error"
        case roofPercent = "roof_percent"
    }
}
