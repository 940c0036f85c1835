import Foundation

/// Where one arm of a comparison gets its kernels in each round.
enum ArmSource {
    /// Prepared inside the harness once; every round reuses (and rotates through) them.
    case inProcess([any PreparedKernel])
    /// A fresh process of this runner every round, closed when the round ends.
    case freshProcess(any ProcessBackedPort)

    var isFresh: Bool {
        if case .freshProcess = self { return true }
        return false
    }
}

/// The samples of a comparison measured in rounds, and why it ended.
struct RoundedMeasurement {
    /// Per round, the baseline's samples (per-call nanoseconds) in sampling order.
    var baseline: [[Double]] = []
    /// Per round, the port's samples, paired by index with the baseline's.
    var port: [[Double]] = []
    /// Calls batched into each sample, per arm (fixed for the whole comparison).
    var reps: [Int] = []
    /// The rule that ended it.
    var stopReason: StopReason = .degenerate
    /// Separate runner processes each arm ran in (1 when both ran in the harness).
    var processes = 1
}

/// Measures a comparison in rounds: replication at the levels that carry the variance.
///
/// Each round warms up, then takes a block of interleaved baseline/port pairs in a balanced,
/// seeded order. An arm served by an external runner gets a fresh process every round, so the
/// spread between processes (placement, frequency, neighbours) shows in the round ratios.
/// After each round the interval of the ratio decides whether to go on (`RoundStoppingRule`).
struct RoundedSampler {
    let sampler: Sampler

    private var settings: SamplerSettings { sampler.settings }

    func measure(arms: [ArmSource], spec: KernelSpec, size: ProblemSize, inputs: KernelInputs,
                 sameBatch: Bool, orderSeed: UInt64) throws(BenchError) -> RoundedMeasurement {
        var out = RoundedMeasurement()
        var rule = RoundStoppingRule(settings: settings)
        var order = PairOrder(seed: orderSeed)
        var setupDraw = SeededGenerator(seed: orderSeed ^ 0x9e37_79b9_7f4a_7c15)
        let clock = sampler.clock
        let start = clock.now()
        // Rounds share the time limit; each gets a slice so slow kernels still get several.
        let budget = settings.maxTime / Double(settings.minRounds + 1)
        var offset = 0
        while true {
            try sampler.cancellation.check()
            let roundStart = clock.now()
            var started: [any ProcessBackedPort] = []
            var opened: [any PreparedKernel] = []
            defer {
                opened.forEach { $0.close() }
                started.forEach { $0.stopProcess() }
            }
            // Which arm is prepared, calibrated and warmed first is drawn afresh each round: an
            // arm set up first (its memory allocated first, warmed longest before sampling)
            // can run a little faster or slower, and a fixed order would turn that into a bias
            // shared by every round of the comparison, which no interval from rounds can see.
            let setupOrder = setupDraw.next() & 1 == 0 ? [0, 1] : [1, 0]
            var placements: [[any PreparedKernel]] = Array(repeating: [], count: arms.count)
            let processes = try startProcesses(arms)
            started = processes.compactMap { $0 }
            for i in setupOrder {
                switch arms[i] {
                case .inProcess(let kernels): placements[i] = kernels
                case .freshProcess:
                    guard let process = processes[i] else { throw BenchError.invalidSettings("a runner process was not started") }
                    let kernel = try process.prepare(spec: spec, size: size, inputs: inputs)
                    opened.append(kernel)
                    placements[i] = [kernel]
                }
            }
            // Set-up time to match with measuring time (calibration, once, is not counted).
            var setupSeconds = sampler.seconds(since: roundStart)
            if out.reps.isEmpty {
                let reps = try sampler.batchSizes(setupOrder.map { placements[$0] }, sameBatch: sameBatch)
                out.reps = Array(repeating: 0, count: arms.count)
                for (slot, i) in setupOrder.enumerated() { out.reps[i] = reps[slot] }
            } else {
                // A fresh process starts cold: warm it at the batch size the first round chose.
                for i in setupOrder where arms[i].isFresh { try sampler.warm(placements[i][0], reps: out.reps[i]) }
                setupSeconds = sampler.seconds(since: roundStart)
            }
            let remaining = settings.maxTime - sampler.seconds(since: start)
            let samples = try sampler.measureRound(placements: placements, reps: out.reps, pairs: settings.pairsPerRound,
                                                   setup: setupSeconds, budget: min(budget, remaining), offset: offset, order: &order)
            offset += samples[0].count
            out.baseline.append(samples[0])
            out.port.append(samples[1])
            if arms.contains(where: \.isFresh) { out.processes = out.baseline.count }
            let estimate = RoundedRatio.estimate(baseline: out.baseline, port: out.port)
            let elapsed = sampler.seconds(since: start)
            if let reason = rule.check(rounds: out.baseline.count, elapsed: elapsed, estimate: estimate) {
                out.stopReason = reason
                return out
            }
        }
    }

    /// A fresh process for each arm that needs one, started side by side (nothing is being
    /// timed yet, and a runner's start-up is mostly waiting); nil for in-process arms. If any
    /// fails, the ones that started are stopped and the first error is thrown.
    private func startProcesses(_ arms: [ArmSource]) throws(BenchError) -> [(any ProcessBackedPort)?] {
        let ports: [(any ProcessBackedPort)?] = arms.map { arm in
            if case .freshProcess(let port) = arm { return port } else { return nil }
        }
        let slots = StartSlots(count: arms.count)
        DispatchQueue.concurrentPerform(iterations: ports.count) { i in
            guard let port = ports[i] else { return }
            do throws(BenchError) {
                slots.set(i, .success(try port.startProcess()))
            } catch {
                slots.set(i, .failure(error))
            }
        }
        let results = slots.values
        if let failure = results.lazy.compactMap({ r -> BenchError? in
            if case .failure(let e)? = r { return e } else { return nil }
        }).first {
            for case .success(let p)? in results { p.stopProcess() }
            throw failure
        }
        return results.map { r in if case .success(let p)? = r { return p } else { return nil } }
    }
}

/// Results of starting processes on several threads, one slot per arm.
private final class StartSlots: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [Result<any ProcessBackedPort, BenchError>?]

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ i: Int, _ value: Result<any ProcessBackedPort, BenchError>) {
        lock.withLock { slots[i] = value }
    }

    var values: [Result<any ProcessBackedPort, BenchError>?] { lock.withLock { slots } }
}
