import Testing
@testable import KernelBench

/// Synthetic samples: `centre` times multiplicative uniform noise of ±`spread`.
private func synthetic(_ n: Int, centre: Double, spread: Double, seed: UInt64) -> [Double] {
    var rng = SeededGenerator(seed: seed)
    return (0..<n).map { _ in centre * (1 + spread * (2 * Double(rng.next() >> 11) / Double(1 << 53) - 1)) }
}

@Suite("Statistics")
struct StatisticsTests {
    @Test("median and quartiles of odd and even sets")
    func quantiles() {
        #expect(Quantiles.median([3, 1, 2]) == 2)
        #expect(Quantiles.median([4, 1, 3, 2]) == 2.5)
        let s = SampleSummary([1, 2, 3, 4, 5, 6, 7, 8, 9])
        #expect(s.median == 5 && s.q1 == 3 && s.q3 == 7 && s.min == 1 && s.max == 9)
        #expect(s.mad == 2)
    }

    @Test("median by selection matches sorting on many random sets")
    func selectionMatchesSort() {
        var rng = SeededGenerator(seed: 9)
        for n in 1..<60 {
            let v = (0..<n).map { _ in Double(rng.next() % 20) }
            #expect(Quantiles.median(v) == Quantiles.sorted(v.sorted(), 0.5))
        }
    }

    @Test("degenerate inputs: empty, one sample, all equal, NaN")
    func degenerate() {
        let empty = SampleSummary([])
        #expect(empty.count == 0 && empty.median.isNaN && empty.noise == .infinity)
        let one = SampleSummary([5])
        #expect(one.count == 1 && one.median == 5 && one.medianStandardError == .infinity)
        let equal = SampleSummary([7, 7, 7, 7])
        #expect(equal.mad == 0 && equal.noise == 0)
        let withNaN = SampleSummary([1, .nan, 3, .infinity, -2])
        #expect(withNaN.count == 2 && withNaN.rejected == 3 && withNaN.median == 2)
    }

    @Test("bootstrap recovers a known ratio")
    func knownRatio() {
        let base = synthetic(200, centre: 1000, spread: 0.05, seed: 1)
        let port = synthetic(200, centre: 1250, spread: 0.05, seed: 2)
        let ci = Bootstrap.ratioOfMedians(baseline: base, port: port, seed: 3)
        #expect(ci.low < 1.25 && ci.high > 1.25)
        #expect(ci.low > 1.2 && ci.high < 1.3)
    }

    @Test("bootstrap is reproducible for a seed")
    func reproducible() {
        let a = synthetic(50, centre: 10, spread: 0.1, seed: 4), b = synthetic(50, centre: 11, spread: 0.1, seed: 5)
        #expect(Bootstrap.ratioOfMedians(baseline: a, port: b, seed: 7) == Bootstrap.ratioOfMedians(baseline: a, port: b, seed: 7))
    }

    @Test("A/A comparison of one distribution is SAME")
    func aaIsSame() {
        let a = synthetic(300, centre: 1000, spread: 0.05, seed: 11)
        let b = synthetic(300, centre: 1000, spread: 0.05, seed: 12)
        let c = Comparison.from(kernel: "triad", size: "S", baseline: "c", port: "c", baselineSamples: a, portSamples: b, band: 0.03)
        #expect(c.verdict == .same)
    }

    @Test("a 10% shift is SLOWER with enough samples and FASTER the other way")
    func tenPercentShift() {
        let a = synthetic(200, centre: 1000, spread: 0.05, seed: 21)
        let b = synthetic(200, centre: 1100, spread: 0.05, seed: 22)
        let slower = Comparison.from(kernel: "k", size: "S", baseline: "c", port: "p", baselineSamples: a, portSamples: b, band: 0.03)
        #expect(slower.verdict == .slower)
        #expect(abs(slower.lossPercent - 10) < 2)
        let faster = Comparison.from(kernel: "k", size: "S", baseline: "c", port: "p", baselineSamples: b, portSamples: a, band: 0.03)
        #expect(faster.verdict == .faster)
    }

    @Test("too few samples or a shift inside the band are not SLOWER")
    func inconclusiveCases() {
        let a = synthetic(3, centre: 1000, spread: 0.05, seed: 31), b = synthetic(3, centre: 1100, spread: 0.05, seed: 32)
        #expect(Comparison.from(kernel: "k", size: "S", baseline: "c", port: "p", baselineSamples: a, portSamples: b, band: 0.03).verdict == .inconclusive)
        let noisyA = synthetic(20, centre: 1000, spread: 0.6, seed: 33), noisyB = synthetic(20, centre: 1020, spread: 0.6, seed: 34)
        #expect(Comparison.from(kernel: "k", size: "S", baseline: "c", port: "p", baselineSamples: noisyA, portSamples: noisyB, band: 0.03).verdict == .inconclusive)
    }

    @Test("verdict edge rules")
    func verdictRules() {
        let i = { (l: Double, h: Double) in Bootstrap.Interval(low: l, high: h) }
        #expect(Verdict.decide(ratio: 1.0, interval: i(0.98, 1.02), band: 0.03, samples: 50) == .same)
        #expect(Verdict.decide(ratio: 1.10, interval: i(1.05, 1.15), band: 0.03, samples: 50) == .slower)
        #expect(Verdict.decide(ratio: 1.02, interval: i(1.01, 1.04), band: 0.03, samples: 50) == .inconclusive)
        #expect(Verdict.decide(ratio: 0.9, interval: i(0.85, 0.95), band: 0.03, samples: 50) == .faster)
        #expect(Verdict.decide(ratio: .nan, interval: i(0.9, 1.1), band: 0.03, samples: 50) == .inconclusive)
        #expect(Verdict.decide(ratio: 1, interval: i(.nan, .nan), band: 0.03, samples: 50) == .inconclusive)
        #expect(Verdict.decide(ratio: 1.0, interval: i(0.96, 1.02), band: 0.05, samples: 50) == .same)
    }

    @Test("all-equal A/A samples are SAME; single samples are inconclusive")
    func degenerateComparisons() {
        let same = Comparison.from(kernel: "k", size: "S", baseline: "a", port: "a", baselineSamples: Array(repeating: 5, count: 20),
                                   portSamples: Array(repeating: 5, count: 20), band: 0.03)
        #expect(same.verdict == .same && same.ratio == 1)
        let single = Comparison.from(kernel: "k", size: "S", baseline: "a", port: "b", baselineSamples: [5], portSamples: [6], band: 0.03)
        #expect(single.verdict == .inconclusive)
        let nan = Comparison.from(kernel: "k", size: "S", baseline: "a", port: "b", baselineSamples: [.nan, .nan], portSamples: [1, 2], band: 0.03)
        #expect(nan.verdict == .inconclusive)
    }

    @Test("Pennycook PP is the harmonic mean and zero when a platform is unsupported")
    func pennycook() {
        #expect(abs(Portability.pennycook([1, 0.5]) - 2.0 / 3.0) < 1e-12)
        #expect(Portability.pennycook([1, nil]) == 0)
        #expect(Portability.pennycook([]) == 0)
        let eff = Portability.applicationEfficiencies(["c": 100, "opencl": 400])
        #expect(eff["c"] == 1 && eff["opencl"] == 0.25)
    }
}
