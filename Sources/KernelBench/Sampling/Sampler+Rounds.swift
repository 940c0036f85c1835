import Foundation

extension Sampler {
    /// Warms an arm up at a fixed batch size: calls until the warm-up time is spent (at least two).
    func warm(_ arm: any PreparedKernel, reps: Int) throws(BenchError) {
        let start = clock.now()
        var calls = 0
        while calls < 2 || (Double(clock.now() &- start) / 1e9 < settings.warmupTime && calls < 1000) {
            try cancellation.check()
            _ = try arm.run(reps: reps)
            calls += 1
        }
    }

    /// The batch size of each arm: calibrated on its first placement (which also warms it up).
    ///
    /// Arms within a factor of two of each other batch the same number of calls (the larger):
    /// a fixed cost per batch (waking a worker, a request's round trip) weighs less on a
    /// larger batch, so two equally fast arms calibrated to, say, 2 and 3 calls would differ
    /// by that cost alone, and it is the near-equal comparisons whose verdicts it would move.
    func batchSizes(_ arms: [[any PreparedKernel]], sameBatch: Bool) throws(BenchError) -> [Int] {
        var reps: [Int] = []
        for arm in arms {
            reps.append(try calibrate(arm[0]))
            for other in arm.dropFirst() { _ = try other.run(reps: reps[reps.count - 1]) }
        }
        if let most = reps.max(), let least = reps.min(), sameBatch || most <= 2 * least {
            reps = reps.map { _ in most }
        }
        return reps
    }

    /// One round of a comparison: `pairs` samples of each of the two arms, taking turns in
    /// `order`, sample `k` of an arm on placement `(offset + k) % count`.
    ///
    /// A round whose setup took `setup` seconds (starting runner processes, preparing and
    /// warming them) goes on in whole ABBA blocks until it has measured for at least as long,
    /// up to `pairs * maxPairsFactor` pairs: when a round costs far more to set up than a pair
    /// costs to take, more pairs per round buy a sharper round ratio almost for free (Kalibera
    /// and Jones's rule for repetitions per level; see the README). The round ends early,
    /// after a whole ABBA block, when another block as long as the last
    /// would take it past `budget` seconds, so that slow kernels still get several rounds
    /// within the time limit. An arm whose batch
    /// lasts `longBatch` seconds or more takes one batch per sample and no wake-up call: at
    /// that length a wake-up is lost in the batch, and three batches would cost three times
    /// the time for little filtering.
    func measureRound(placements arms: [[any PreparedKernel]], reps: [Int], pairs: Int, setup: Double = 0,
                      budget: Double, offset: Int, order: inout PairOrder) throws(BenchError) -> [[Double]] {
        guard arms.count == 2, reps.count == 2, arms.allSatisfy({ !$0.isEmpty }) else {
            throw BenchError.invalidSettings("a round takes two arms, each with at least one instance")
        }
        var samples: [[Double]] = [[], []]
        var lastBatch = [0.0, 0.0]
        let start = clock.now()
        var blockStart = start
        let least = max(2, pairs), most = least * Sampler.maxPairsFactor
        var k = 0
        while k < most {
            for i in order.next() {
                try cancellation.check()
                let arm = arms[i][(offset + k) % arms[i].count]
                let long = lastBatch[i] >= Sampler.longBatch * 1e9
                if settings.settleTime > 0 { usleep(UInt32(settings.settleTime * 1e6)) }
                // One untimed call wakes this arm's threads (or process) before its batches.
                if !long { _ = try arm.run(reps: 1) }
                let batches = try arm.runBatches(reps: reps[i], count: long ? 1 : max(1, settings.batchesPerSample))
                let best = batches.min() ?? .nan
                lastBatch[i] = best
                samples[i].append(best / Double(reps[i]))
            }
            k += 1
            // After each whole block: stop if another block like the last would overrun the
            // budget, or once the round has its pairs and has measured as long as its setup took.
            if k % 2 == 0 {
                let now = clock.now()
                let block = Double(now &- blockStart) / 1e9
                let measured = Double(now &- start) / 1e9
                blockStart = now
                if measured + block > budget || (k >= least && measured >= setup) { break }
            }
        }
        return samples
    }

    /// How many times `pairs` a round may grow to while it matches its setup time.
    static let maxPairsFactor = 8

    /// Seconds from which a batch counts as long (see `measureRound`).
    static let longBatch = 0.05
}
