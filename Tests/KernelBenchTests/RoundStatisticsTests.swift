import Foundation
import Testing
@testable import KernelBench

/// Round ratios for `rounds` rounds of `pairs` pairs: each round's port process runs at
/// `truth` times the baseline's speed times a random per-process factor (either arm may land
/// on a slow core: ×1.8 with probability `slow`), plus 2% noise per sample (per-process speed ±1.5%).
private func rounds(_ rounds: Int, pairs: Int = 8, truth: Double, slow: Double, rng: inout SeededGenerator) -> ([[Double]], [[Double]]) {
    func u() -> Double { Double(rng.next() >> 11) / Double(1 << 53) }
    var b: [[Double]] = [], p: [[Double]] = []
    for _ in 0..<rounds {
        let baseProcess = (u() < slow ? 1.8 : 1) * (1 + 0.015 * (2 * u() - 1))
        let portProcess = (u() < slow ? 1.8 : 1) * (1 + 0.015 * (2 * u() - 1))
        b.append((0..<pairs).map { _ in 1000 * baseProcess * (1 + 0.02 * (2 * u() - 1)) })
        p.append((0..<pairs).map { _ in 1000 * truth * portProcess * (1 + 0.02 * (2 * u() - 1)) })
    }
    return (b, p)
}

@Suite("Rounds: intervals, turn order, stopping")
struct RoundStatisticsTests {
    @Test("the order-statistic rank covers the median at 95% and needs six rounds")
    func ranks() {
        #expect(RoundedRatio.rank(rounds: 5, level: 0.95) == nil)
        #expect(RoundedRatio.rank(rounds: 6, level: 0.95) == 1)
        #expect(RoundedRatio.rank(rounds: 9, level: 0.95) == 2)
        #expect(RoundedRatio.rank(rounds: 20, level: 0.95) == 6)
        for n in 6...60 {
            let k = RoundedRatio.rank(rounds: n, level: 0.95)!
            #expect(1 - 2 * RoundedRatio.binomialHalfCDF(k - 1, n) >= 0.95, "n = \(n)")
            #expect(1 - 2 * RoundedRatio.binomialHalfCDF(k, n) < 0.95, "n = \(n): k is the largest such rank")
        }
    }

    @Test("a round whose process landed on a busy core moves the estimate by one rank, not by its size")
    func robustToOutlierRounds() {
        var b = [[Double]](repeating: [100, 100, 100, 100], count: 9)
        var p = (0..<9).map { i in [Double](repeating: 100 * (1 + 0.002 * Double(i - 4)), count: 4) }
        b[3] = [200, 200, 200, 200]
        p[7] = [300, 300, 300, 300]
        let r = RoundedRatio.estimate(baseline: b, port: p)
        #expect(abs(r.ratio - 1) < 0.005)
        #expect(r.interval.low > 0.98 && r.interval.high < 1.02, "\(r.interval)")
        #expect(r.roundRatios.count == 9 && r.roundSpread < 0.02)
        #expect(r.coverage >= 0.95)
    }

    @Test("with too few rounds there is no interval, and the verdict is INCONCLUSIVE")
    func tooFewRounds() {
        let r = RoundedRatio.estimate(baseline: [[1, 1], [1, 1]], port: [[1, 1], [1, 1]])
        #expect(r.interval.isDegenerate && r.relativeHalfWidth == .infinity)
        let c = Comparison.fromRounds(kernel: "k", size: "S", baseline: "a", port: "b", baselineRounds: [[1, 1], [1, 1]],
                                      portRounds: [[1, 1], [1, 1]], processes: 2, band: 0.03, orderSeed: 9, stopReason: .timeout)
        #expect(c.verdict == .inconclusive && c.rounds?.count == 2 && c.pairs == 4 && c.rounds?[1].process == 2)
    }

    @Test("over many simulated comparisons with process-level noise the interval holds the true ratio ≥ 95% of the time")
    func coverage() {
        var rng = SeededGenerator(seed: 0x15)
        var hits = 0, sameForIdentical = 0
        let trials = 400
        for t in 0..<trials {
            let truth = [1.0, 1.05, 0.95][t % 3]
            // As few rounds as a quick comparison takes, and as many as a noisy one runs to.
            let (b, p) = rounds(t % 2 == 0 ? 8 : 30, truth: truth, slow: 0.15, rng: &rng)
            let r = RoundedRatio.estimate(baseline: b, port: p)
            if r.interval.low <= truth && truth <= r.interval.high { hits += 1 }
            if truth == 1, b.count == 30, Verdict.decide(ratio: r.ratio, interval: r.interval, band: 0.03, samples: 240) == .same {
                sameForIdentical += 1
            }
        }
        let identical = (0..<trials).filter { $0 % 3 == 0 && $0 % 2 == 1 }.count
        #expect(Double(hits) / Double(trials) >= 0.95, "\(hits) of \(trials)")
        #expect(sameForIdentical * 10 >= identical * 9, "\(sameForIdentical) SAME of \(identical) identical")
        // The pooled pair bootstrap this replaces treats every sample as independent and misses
        // the process-level spread: far below 95% on the same data.
        var rng2 = SeededGenerator(seed: 0x15)
        var pooledHits = 0
        for t in 0..<60 {
            let truth = [1.0, 1.05, 0.95][t % 3]
            let (b, p) = rounds(12, truth: truth, slow: 0.15, rng: &rng2)
            let ci = Bootstrap.ratioOfMedians(baseline: b.flatMap { $0 }, port: p.flatMap { $0 }, resamples: 300)
            if ci.low <= truth && truth <= ci.high { pooledHits += 1 }
        }
        #expect(pooledHits < 50, "pooled intervals held the truth in \(pooledHits) of 60")
    }

    @Test("turns come in balanced ABBA/BAAB blocks, reproducible from the seed")
    func pairOrder() {
        var a = PairOrder(seed: 42), b = PairOrder(seed: 42)
        var firsts: [Int] = []
        var blocks: Set<[Int]> = []
        for _ in 0..<100 {
            let one = a.next(), two = a.next()
            #expect(one != two && Set(one) == [0, 1] && Set(two) == [0, 1])
            blocks.insert(one + two)
            firsts.append(one[0])
            #expect(b.next() == one && b.next() == two)
        }
        #expect(blocks == [[0, 1, 1, 0], [1, 0, 0, 1]], "both directions are drawn")
        #expect(firsts.filter { $0 == 0 }.count > 30 && firsts.filter { $0 == 1 }.count > 30)
        #expect(PairOrder.seed(base: 1, "triad", "S") == PairOrder.seed(base: 1, "triad", "S"))
        #expect(PairOrder.seed(base: 1, "triad", "S") != PairOrder.seed(base: 1, "triadS", ""))
    }

    @Test("stopping waits for the minimum rounds, then stops on a narrow or a stable interval, the cap or the time")
    func stopping() {
        var s = SamplerSettings()
        s.minRounds = 6
        s.maxRounds = 10
        s.maxTime = 100
        s.intervalTarget = 0.01
        func estimate(_ low: Double, _ high: Double) -> RoundedRatio {
            RoundedRatio(ratio: (low + high) / 2, interval: .init(low: low, high: high), roundRatios: [], roundSpread: 0, coverage: 0.95)
        }
        var rule = RoundStoppingRule(settings: s)
        #expect(rule.check(rounds: 5, elapsed: 1, estimate: estimate(0.999, 1.001)) == nil)
        #expect(rule.check(rounds: 6, elapsed: 1, estimate: estimate(0.999, 1.001)) == .narrow)
        var wide = RoundStoppingRule(settings: s)
        var reasons: [StopReason?] = []
        for r in 1...9 { reasons.append(wide.check(rounds: r, elapsed: 1, estimate: estimate(0.95 - 0.01 / Double(r), 1.05))) }
        #expect(reasons.prefix(5).allSatisfy { $0 == nil })
        #expect(reasons.contains(.settled), "\(reasons)")
        var moving = RoundStoppingRule(settings: s)
        for r in 1...9 { #expect(moving.check(rounds: r, elapsed: 1, estimate: estimate(0.9 + 0.02 * Double(r % 2), 1.1)) == nil) }
        #expect(moving.check(rounds: 10, elapsed: 1, estimate: estimate(0.9, 1.1)) == .maxRounds)
        var late = RoundStoppingRule(settings: s)
        #expect(late.check(rounds: 1, elapsed: 100, estimate: estimate(0.9, 1.1)) == .timeout)
    }

    @Test("settings from before rounds decode with the round defaults; out-of-range rounds are refused")
    func settingsCompatibility() throws {
        let old = #"{"min_samples": 20, "min_time": 0.25, "max_noise": 0.005, "stable_window": 64, "max_time": 10, "max_samples": 2000, "min_sample_time": 0.001, "warmup_time": 0.05, "band": 0.03, "resamples": 2000, "seed": 20240601}"#
        let s = try JSONDecoder().decode(SamplerSettings.self, from: Data(old.utf8))
        #expect(s.minRounds == 6 && s.maxRounds == 40 && s.intervalTarget == 0.01 && s.maxTime == 10)
        var bad = SamplerSettings()
        bad.minRounds = 5
        #expect(throws: BenchError.self) { try bad.validate() }
        bad.minRounds = 8
        bad.maxRounds = 7
        #expect(throws: BenchError.self) { try bad.validate() }
    }
}
