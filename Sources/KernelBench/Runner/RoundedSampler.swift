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
        let clock = sampler.clock
        let start = clock.now()
        // Rounds share the time limit; each gets a slice so slow kernels still get several.
        let budget = settings.maxTime / Double(settings.minRounds + 1)
        var offset = 0
        while true {
            try sampler.cancellation.check()
            var started: [any ProcessBackedPort] = []
            var opened: [any PreparedKernel] = []
            defer {
                opened.forEach { $0.close() }
                started.forEach { $0.stopProcess() }
            }
            var placements: [[any PreparedKernel]] = []
            for source in arms {
                switch source {
                case .inProcess(let kernels): placements.append(kernels)
                case .freshProcess(let port):
                    let process = try port.startProcess()
                    started.append(process)
                    let kernel = try process.prepare(spec: spec, size: size, inputs: inputs)
                    opened.append(kernel)
                    placements.append([kernel])
                }
            }
            if out.reps.isEmpty {
                out.reps = try sampler.batchSizes(placements, sameBatch: sameBatch)
            } else {
                // A fresh process starts cold: warm it at the batch size the first round chose.
                for i in arms.indices where arms[i].isFresh { try sampler.warm(placements[i][0], reps: out.reps[i]) }
            }
            let remaining = settings.maxTime - Double(clock.now() &- start) / 1e9
            let samples = try sampler.measureRound(placements: placements, reps: out.reps, pairs: settings.pairsPerRound,
                                                   budget: min(budget, remaining), offset: offset, order: &order)
            offset += samples[0].count
            out.baseline.append(samples[0])
            out.port.append(samples[1])
            if arms.contains(where: \.isFresh) { out.processes = out.baseline.count }
            let estimate = RoundedRatio.estimate(baseline: out.baseline, port: out.port)
            let elapsed = Double(clock.now() &- start) / 1e9
            if let reason = rule.check(rounds: out.baseline.count, elapsed: elapsed, estimate: estimate) {
                out.stopReason = reason
                return out
            }
        }
    }
}
