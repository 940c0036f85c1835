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
    /// Port time over baseline time, above 1 when the port is slower: the median round ratio
    /// when measured in rounds, median(port) / median(baseline) otherwise.
    public var ratio: Double
    /// 95% interval of the ratio (see `intervalMethod`).
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
    /// The rounds it was measured in, in order (nil for sessions from before rounds, and for
    /// imports and cross-session comparisons, whose interval comes from pooled samples).
    public var rounds: [RoundRecord]?
    /// Separate runner processes each arm ran in (1: inside the harness).
    public var processes: Int?
    /// Sample pairs over every round.
    public var pairs: Int?
    /// Robust spread (1.4826 · MAD) of the log round ratios: the relative spread between rounds.
    public var roundSpread: Double?
    /// How `ci95` was computed: `rounds-median` (the distribution-free interval of the median
    /// round ratio, `RoundedRatio`) or nil for the older bootstrap of pooled sample pairs.
    public var intervalMethod: String?
    /// The seed the ABBA/BAAB turn order was drawn from.
    public var orderSeed: UInt64?
    /// The rule that ended the comparison (rounds only).
    public var stopReason: StopReason?

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

    /// Compares samples taken in rounds (`RoundedRatio`): the interval reflects the spread
    /// between rounds and processes, not only between samples.
    public static func fromRounds(kernel: String, size: String, baseline: String, port: String,
                                  baselineRounds: [[Double]], portRounds: [[Double]], processes: Int,
                                  band: Double, orderSeed: UInt64,
                                  stopReason: StopReason) -> Comparison {
        let estimate = RoundedRatio.estimate(baseline: baselineRounds, port: portRounds)
        let pairs = zip(baselineRounds, portRounds).map { min($0.count, $1.count) }
        let verdict = Verdict.decide(ratio: estimate.ratio, interval: estimate.interval, band: band,
                                     samples: pairs.reduce(0, +))
        var c = Comparison(kernel: kernel, size: size, baseline: baseline, port: port, ratio: estimate.ratio,
                           ci95: estimate.interval, verdict: verdict, band: band)
        c.rounds = zip(pairs, estimate.roundRatios).enumerated().map { i, round in
            RoundRecord(pairs: round.0, ratio: round.1, process: processes > 1 ? i + 1 : nil)
        }
        c.processes = processes
        c.pairs = pairs.reduce(0, +)
        c.roundSpread = estimate.roundSpread
        c.intervalMethod = "rounds-median"
        c.orderSeed = orderSeed
        c.stopReason = stopReason
        return c
    }

    private enum CodingKeys: String, CodingKey {
        case kernel, size, baseline, port, ratio, ci95, verdict, band, note, rounds, processes, pairs
        case lossPercent = "loss_percent", sameMachine = "same_machine", roundSpread = "round_spread"
        case intervalMethod = "interval_method", orderSeed = "order_seed", stopReason = "stop_reason"
    }
}
