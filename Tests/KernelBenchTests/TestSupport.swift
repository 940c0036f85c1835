import Foundation
@testable import KernelBench

/// A clock that only moves when a fake kernel runs, so sampling is deterministic.
final class FakeClock: BenchClock, @unchecked Sendable {
    private let lock = NSLock()
    private var nanos: UInt64 = 1_000

    func now() -> UInt64 {
        lock.lock()
        defer { lock.unlock() }
        return nanos
    }

    func advance(_ ns: Double) {
        lock.lock()
        nanos &+= UInt64(max(0, ns))
        lock.unlock()
    }
}

/// Records the order in which arms ran.
final class CallLog: @unchecked Sendable {
    private let lock = NSLock()
    private(set) var calls: [String] = []

    func record(_ name: String) {
        lock.lock()
        calls.append(name)
        lock.unlock()
    }
}

/// A kernel whose per-call time is `base * factor * noise`, noise seeded and multiplicative.
final class FakeKernel: PreparedKernel {
    let name: String
    let perCall: Double
    let noise: Double
    let clock: FakeClock
    let log: CallLog?
    let checksumValue: Double
    private var rng: SeededGenerator
    private(set) var runs = 0

    init(name: String, perCall: Double, noise: Double, seed: UInt64, clock: FakeClock, log: CallLog? = nil,
         checksum: Double = 1) {
        self.name = name
        self.perCall = perCall
        self.noise = noise
        self.clock = clock
        self.log = log
        checksumValue = checksum
        rng = SeededGenerator(seed: seed)
    }

    func run(reps: Int) throws(BenchError) -> Double {
        runs += 1
        log?.record(name)
        let u = Double(rng.next() >> 11) / Double(1 << 53)
        let ns = perCall * Double(reps) * (1 + noise * (2 * u - 1))
        clock.advance(ns)
        return ns
    }

    func checksum() throws(BenchError) -> Double { checksumValue }
    func output() throws(BenchError) -> KernelOutput? { nil }
    func close() {}
}

/// A port of fake kernels: time scales with `factor`; `checksum` is what it reports.
final class FakePort: BenchPort, @unchecked Sendable {
    let name: String
    let factor: Double
    let checksumValue: Double?
    let clock: FakeClock
    let availability: PortAvailability
    private let lock = NSLock()
    private var seed: UInt64 = 1
    private(set) var prepared: [FakeKernel] = []

    init(name: String, factor: Double, clock: FakeClock, checksum: Double? = nil,
         availability: PortAvailability = .available(detail: "fake")) {
        self.name = name
        self.factor = factor
        self.clock = clock
        checksumValue = checksum
        self.availability = availability
    }

    var supportedKernels: Set<KernelID> { Set(KernelID.allCases) }

    func prepare(spec: KernelSpec, size: ProblemSize, inputs: KernelInputs) throws(BenchError) -> any PreparedKernel {
        lock.lock()
        defer { lock.unlock() }
        seed += 1
        let reference = try CPort().prepare(spec: spec, size: size, inputs: inputs).checksum()
        let k = FakeKernel(name: name, perCall: 10_000 * factor, noise: 0.02, seed: seed, clock: clock,
                           checksum: checksumValue ?? reference)
        prepared.append(k)
        return k
    }
}

/// A suite with one tiny rung per kernel so tests stay fast.
func tinySuite() -> KernelSuite {
    KernelSuite(specs: KernelSuite.standard.specs.map { spec in
        var s = spec
        s.sizes = [ProblemSize(label: "S", dims: spec.sizes[0].dims.count == 2 ? [8, 16] : [spec.id == .sgemm ? 8 : 64])]
        return s
    })
}

/// Fast settings for sampler tests on fake kernels.
func fastSettings() -> SamplerSettings {
    var s = SamplerSettings()
    s.minSamples = 10
    s.minTime = 0
    s.warmupTime = 0
    s.minSampleTime = 0
    s.maxTime = 5
    s.resamples = 400
    s.batchesPerSample = 1
    s.settleTime = 0
    return s
}

/// The directory holding the fixture files.
let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
