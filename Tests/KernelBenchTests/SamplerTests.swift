import Testing
@testable import KernelBench

@Suite("Sampler")
struct SamplerTests {
    @Test("arms are interleaved, alternating which goes first")
    func interleaving() throws {
        let clock = FakeClock(), log = CallLog()
        var settings = fastSettings()
        settings.maxSamples = 6
        settings.minSamples = 2
        settings.maxNoise = 1e-12
        settings.stableWindow = 100_000
        let a = FakeKernel(name: "A", perCall: 1000, noise: 0.5, seed: 1, clock: clock, log: log)
        let b = FakeKernel(name: "B", perCall: 1000, noise: 0.5, seed: 2, clock: clock, log: log)
        let m = try Sampler(settings: settings, clock: clock).measure([a, b])
        // Each sample is one untimed wake-up call and one timed batch on the same arm.
        let sampled = Array(log.calls.suffix(24))
        let order = ["A", "B", "B", "A", "A", "B", "B", "A", "A", "B", "B", "A"]
        #expect(sampled == order.flatMap { [$0, $0] })
        #expect(m.samples[0].count == 6 && m.samples[1].count == 6)
    }

    @Test("a quiet pair stops on the noise target and recovers the ratio")
    func stopsOnNoise() throws {
        let clock = FakeClock()
        let a = FakeKernel(name: "A", perCall: 1000, noise: 0.01, seed: 3, clock: clock)
        let b = FakeKernel(name: "B", perCall: 1500, noise: 0.01, seed: 4, clock: clock)
        let m = try Sampler(settings: fastSettings(), clock: clock).measure([a, b])
        #expect(m.stopReason == .noise)
        let ratio = Quantiles.median(m.samples[1]) / Quantiles.median(m.samples[0])
        #expect(abs(ratio - 1.5) < 0.02)
    }

    @Test("a very noisy pair stops at the time limit")
    func stopsOnTimeout() throws {
        let clock = FakeClock()
        var settings = fastSettings()
        settings.maxTime = 0.05
        settings.maxSamples = 100_000
        settings.stableWindow = 100_000
        let a = FakeKernel(name: "A", perCall: 100_000, noise: 0.9, seed: 5, clock: clock)
        let b = FakeKernel(name: "B", perCall: 100_000, noise: 0.9, seed: 6, clock: clock)
        let m = try Sampler(settings: settings, clock: clock).measure([a, b])
        #expect(m.stopReason == .timeout)
    }

    @Test("the sample cap stops sampling")
    func stopsOnCap() throws {
        let clock = FakeClock()
        var settings = fastSettings()
        settings.maxSamples = 30
        settings.stableWindow = 100_000
        let a = FakeKernel(name: "A", perCall: 1000, noise: 0.9, seed: 7, clock: clock)
        let m = try Sampler(settings: settings, clock: clock).measure([a])
        #expect(m.stopReason == .maxSamples && m.samples[0].count == 30)
    }

    @Test("calls are batched until one sample reaches the minimum sample time")
    func batching() throws {
        let clock = FakeClock()
        var settings = fastSettings()
        settings.minSampleTime = 0.001
        let a = FakeKernel(name: "A", perCall: 10_000, noise: 0, seed: 8, clock: clock)
        let m = try Sampler(settings: settings, clock: clock).measure([a])
        #expect(m.reps[0] >= 100)
        #expect(abs(m.samples[0][0] - 10_000) < 1)
    }

    @Test("a sample is the fastest of its batches")
    func fastestBatch() throws {
        let clock = FakeClock(), log = CallLog()
        var settings = fastSettings()
        settings.batchesPerSample = 3
        settings.maxSamples = 20
        settings.minSamples = 20
        let a = FakeKernel(name: "A", perCall: 1000, noise: 0.5, seed: 10, clock: clock, log: log)
        let before = log.calls.count
        let m = try Sampler(settings: settings, clock: clock).measure([a])
        #expect(m.samples[0].count == 20)
        #expect(log.calls.count - before >= 60)
        // The minimum of three uniform draws sits low in the range [500, 1500].
        #expect(Quantiles.median(m.samples[0]) < 900)
    }

    @Test("cancellation is honoured between samples")
    func cancellation() {
        let clock = FakeClock(), token = CancellationToken()
        token.cancel()
        let a = FakeKernel(name: "A", perCall: 1000, noise: 0, seed: 9, clock: clock)
        #expect(throws: BenchError.cancelled) {
            _ = try Sampler(settings: fastSettings(), clock: clock, cancellation: token).measure([a])
        }
    }

    @Test("the stable rule fires once the estimate stops moving")
    func stableRule() {
        var s = SamplerSettings()
        s.minSamples = 4
        s.minTime = 0
        s.stableWindow = 8
        var rule = StoppingRule(settings: s)
        var reason: StopReason?
        for n in 1...20 where reason == nil {
            reason = rule.check(samples: n, measured: 1, elapsed: 0.1, estimate: 1.0 + 0.001 * Double(n % 2), standardError: 0.5)
        }
        #expect(reason == .stable)
    }

    @Test("settings are validated")
    func settingsValidation() {
        var s = SamplerSettings()
        s.band = 0
        #expect(throws: BenchError.self) { try s.validate() }
        s = SamplerSettings()
        s.maxSamples = 1
        #expect(throws: BenchError.self) { try s.validate() }
        #expect(throws: Never.self) { try SamplerSettings().validate() }
    }
}
