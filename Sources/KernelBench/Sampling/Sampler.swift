import Foundation

/// Times one or two prepared kernels: warm-up, batch sizing, interleaved samples, stopping.
public struct Sampler: Sendable {
    /// The measurement settings.
    public let settings: SamplerSettings
    /// The wall clock for warm-up and the time limit.
    public let clock: any BenchClock
    /// Checked between samples.
    public let cancellation: CancellationToken

    /// The samples of one measurement and why it ended.
    public struct Measurement: Sendable {
        /// Per-call nanoseconds of each sample, one array per arm, in sampling order.
        public var samples: [[Double]]
        /// Calls batched into each sample, per arm.
        public var reps: [Int]
        /// The rule that stopped sampling.
        public var stopReason: StopReason
        /// Wall-clock seconds spent sampling (warm-up excluded).
        public var elapsed: Double
    }

    /// Creates a sampler.
    public init(settings: SamplerSettings, clock: any BenchClock = MonotonicClock(),
                cancellation: CancellationToken = CancellationToken()) {
        self.settings = settings
        self.clock = clock
        self.cancellation = cancellation
    }

    func seconds(since start: UInt64) -> Double {
        Double(clock.now() &- start) / 1e9
    }

    /// Warms an arm up and finds how many calls make one sample last `minSampleTime`.
    func calibrate(_ arm: any PreparedKernel) throws(BenchError) -> Int {
        var reps = 1
        let start = clock.now()
        var rounds = 0
        while true {
            try cancellation.check()
            let ns = try arm.run(reps: reps)
            rounds += 1
            let perCall = ns / Double(reps)
            let targetNs = settings.minSampleTime * 1e9
            if ns < targetNs, perCall > 0, perCall.isFinite, reps < 1_000_000 {
                reps = min(1_000_000, max(reps + 1, Int((targetNs / perCall * 1.1).rounded(.up))))
                if rounds < 50 { continue }
            }
            // Keep warming at the final batch size until the warm-up time is spent.
            if seconds(since: start) >= settings.warmupTime || rounds >= 1000 { return reps }
        }
    }

    /// Measures one arm alone, or two arms interleaved (alternating which goes first).
    ///
    /// With `sameBatch` both arms batch the same number of calls per sample (the larger of
    /// the two calibrations): for an A/A check the arms must differ in nothing but instance,
    /// since on a busy machine a fixed per-sample cost (a worker wake-up) weighs on small
    /// batches more than on large ones.
    public func measure(_ arms: [any PreparedKernel], sameBatch: Bool = false) throws(BenchError) -> Measurement {
        try measure(placements: arms.map { [$0] }, sameBatch: sameBatch)
    }

    /// Measures arms that each come as several instances (separate allocations of the same
    /// kernel); successive samples of an arm rotate through its instances.
    ///
    /// Where memory lands (which physical pages, cache slices and memory channels) changes a
    /// kernel's speed by several percent from one allocation to the next. Rotating through
    /// placements spreads that effect over both arms instead of letting one lucky
    /// allocation decide a comparison.
    public func measure(placements arms: [[any PreparedKernel]], sameBatch: Bool = false) throws(BenchError) -> Measurement {
        guard arms.count == 1 || arms.count == 2, arms.allSatisfy({ !$0.isEmpty }) else {
            throw BenchError.invalidSettings("the sampler takes one or two arms, each with at least one instance")
        }
        var reps: [Int] = []
        for arm in arms {
            reps.append(try calibrate(arm[0]))
            for other in arm.dropFirst() { _ = try other.run(reps: reps[reps.count - 1]) }
        }
        if sameBatch, let most = reps.max() { reps = reps.map { _ in most } }
        var samples = [[Double]](repeating: [], count: arms.count)
        var rule = StoppingRule(settings: settings)
        var measured = 0.0
        let start = clock.now()
        var round = 0
        while true {
            let order = arms.count == 2 && round % 2 == 1 ? [1, 0] : Array(0..<arms.count)
            for i in order {
                try cancellation.check()
                let arm = arms[i][round % arms[i].count]
                // A pause lets the other arm's runtime go idle (PoCL's threads keep spinning
                // for a while after their last command and would steal the cores), then one
                // untimed call wakes this arm's own threads before its batches are timed.
                if settings.settleTime > 0 { usleep(UInt32(settings.settleTime * 1e6)) }
                _ = try arm.run(reps: 1)
                var best = Double.infinity
                for _ in 0..<max(1, settings.batchesPerSample) {
                    let ns = try arm.run(reps: reps[i])
                    measured += ns / 1e9
                    best = min(best, ns)
                }
                samples[i].append(best / Double(reps[i]))
            }
            round += 1
            let n = round
            // Stop only after whole cycles through the placements, so every allocation has
            // contributed equally to each arm; past 200 samples check about every 1%.
            let cycle = arms.map(\.count).max() ?? 1
            if n < settings.minSamples || n % cycle != 0 || (n > 200 && n % max(cycle, n / 100) != 0) {
                if seconds(since: start) >= settings.maxTime {
                    return Measurement(samples: samples, reps: reps, stopReason: .timeout,
                                       elapsed: seconds(since: start))
                }
                continue
            }
            let (estimate, error) = Sampler.estimate(samples)
            if let reason = rule.check(samples: n, measured: measured, elapsed: seconds(since: start),
                                       estimate: estimate, standardError: error)
            {
                return Measurement(samples: samples, reps: reps, stopReason: reason,
                                   elapsed: seconds(since: start))
            }
        }
    }

    /// The running estimate and its relative standard error.
    ///
    /// Two arms: the ratio of medians, with the error read off a small paired bootstrap of
    /// that same ratio, so the stopping rule and the reported interval agree on how precise
    /// the answer is (a normal-theory error from pair ratios is too optimistic when samples
    /// cluster by placement or by preemption).
    static func estimate(_ samples: [[Double]]) -> (Double, Double) {
        if samples.count == 1 {
            let s = SampleSummary(samples[0])
            return (s.median, s.medianStandardError)
        }
        let b = samples[0], p = samples[1]
        let ratio = Quantiles.median(p) / Quantiles.median(b)
        let ci = Bootstrap.ratioOfMedians(baseline: b, port: p, resamples: 200, seed: UInt64(b.count))
        guard ratio.isFinite, ratio > 0, !ci.isDegenerate else { return (ratio, .infinity) }
        return (ratio, (ci.high - ci.low) / (2 * 1.96 * ratio))
    }
}
