/// A port against its baseline for one kernel at one size.
public struct Comparison: Sendable, Codable, Hashable {
    /// The kernel.
    public var kernel: String
    /// The size label.
    public var size: String
    /// The baseline port.
    public var baseline: String
    /// The compared port.
    public var port: String
    /// median(port) / median(baseline): above 1 means the port is slower.
    public var ratio: Double
    /// Bootstrap 95% interval of the ratio.
    public var ci95: Bootstrap.Interval
    /// Speed lost in percent: (ratio - 1) * 100 (negative when the port is faster).
    public var lossPercent: Double
    /// The verdict.
    public var verdict: Verdict
    /// The equivalence band the verdict used (0.03 = ±3%).
    public var band: Double
    /// Whether both sides were measured on the same machine in the same session.
    public var sameMachine: Bool
    /// Why there is no timing verdict (e.g. the port's output was wrong), when so.
    public var note: String?

    /// Creates a comparison.
    public init(kernel: String, size: String, baseline: String, port: String, ratio: Double,
                ci95: Bootstrap.Interval, verdict: Verdict, band: Double, sameMachine: Bool = true,
                note: String? = nil) {
        self.kernel = kernel
        self.size = size
        self.baseline = baseline
        self.port = port
        self.ratio = ratio
        self.ci95 = ci95
        lossPercent = (ratio - 1) * 100
        self.verdict = verdict
        self.band = band
        self.sameMachine = sameMachine
        self.note = note
    }

    /// Compares two sample sets: ratio of medians, bootstrap interval, verdict.
    public static func from(kernel: String, size: String, baseline: String, port: String,
                            baselineSamples: [Double], portSamples: [Double], band: Double,
                            resamples: Int = 2000, seed: UInt64 = 1, sameMachine: Bool = true)
        -> Comparison
    {
        let ratio = SampleSummary(portSamples).median / SampleSummary(baselineSamples).median
        let ci = Bootstrap.ratioOfMedians(baseline: baselineSamples, port: portSamples,
                                          resamples: resamples, seed: seed)
        let n = min(baselineSamples.count, portSamples.count)
        let verdict = Verdict.decide(ratio: ratio, interval: ci, band: band, samples: n)
        return Comparison(kernel: kernel, size: size, baseline: baseline, port: port, ratio: ratio,
                          ci95: ci, verdict: verdict, band: band, sameMachine: sameMachine)
    }

    private enum CodingKeys: String, CodingKey {
        case kernel, size, baseline, port, ratio, ci95, verdict, band, note
        case lossPercent = "loss_percent", sameMachine = "same_machine"
    }
}
