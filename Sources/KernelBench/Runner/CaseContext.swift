import Foundation

/// Runs one kernel at one size against every compared port; used by `BenchRunner`.
struct CaseContext {
    let plan: BenchPlan
    let sampler: Sampler
    let baseline: any BenchPort
    let compared: [any BenchPort]
    let calibration: Calibration?
    let total: Int
    let progress: @Sendable (BenchProgress) -> Void

    private var settings: SamplerSettings { plan.settings }

    func run(spec: KernelSpec, size: ProblemSize, step: Int, into session: inout BenchSession) throws(BenchError) {
        let label = "\(spec.id.rawValue) \(size.label)"
        progress(BenchProgress(phase: .preparing, step: step, total: total, message: "\(label): generating inputs"))
        let inputs = try KernelInputs(spec: spec, size: size, seed: settings.seed)
        let reference = try referenceChecksum(spec: spec, size: size, inputs: inputs)
        var baselineRecorded = false
        let targets = compared.filter { $0.supportedKernels.contains(spec.id) }
        if !plan.selfCheck && compared.isEmpty {
            // Nothing to compare: measure the baseline alone.
            var arms: [any PreparedKernel] = []
            defer { arms.forEach { $0.close() } }
            for _ in 0..<placements(spec, size) { arms.append(try prepare(baseline, spec, size, inputs)) }
            progress(BenchProgress(phase: .measuring, step: step, total: total, message: "\(label): \(baseline.name)"))
            let m = try sampler.measure(placements: [arms])
            session.results.append(result(spec, size, baseline.name, m.samples[0], m.reps[0], m.stopReason,
                                           reference.value, 0))
            return
        }
        for port in targets {
            var baseArms: [any PreparedKernel] = []
            var portArms: [any PreparedKernel] = []
            var checkArm: (any PreparedKernel)?
            defer {
                var closed: [any PreparedKernel] = []
                for arm in baseArms + portArms + (checkArm.map { [$0] } ?? []) where !closed.contains(where: { $0 === arm }) {
                    arm.close()
                    closed.append(arm)
                }
            }
            // An external runner's arm gets a fresh process every round; the port's own
            // process only answers the checksum.
            let portRunner = port as? any ProcessBackedPort
            let baseRunner = plan.selfCheck ? portRunner : baseline as? any ProcessBackedPort
            do {
                if plan.selfCheck && portRunner == nil {
                    // A/A in the harness: both arms draw on one pool of allocations and use the
                    // same one in each pair, first one arm then the other, in a balanced order.
                    // Where memory landed and how recently it was touched then favour neither
                    // arm; what remains is the machine's own noise.
                    for _ in 0..<max(2, placements(spec, size)) { baseArms.append(try prepare(port, spec, size, inputs)) }
                    portArms = baseArms
                } else {
                    if baseRunner == nil {
                        for _ in 0..<placements(spec, size) { baseArms.append(try prepare(baseline, spec, size, inputs)) }
                    }
                    if portRunner == nil {
                        for _ in 0..<placements(spec, size) { portArms.append(try prepare(port, spec, size, inputs)) }
                    } else {
                        checkArm = try prepare(port, spec, size, inputs)
                    }
                }
            } catch BenchError.cancelled {
                throw BenchError.cancelled
            } catch {
                session.failures.append(KernelFailure(kernel: spec.id.rawValue, size: size.label, port: port.name,
                                                      message: error.description, wrongResult: false))
                continue
            }
            let baseName = plan.selfCheck ? port.name : baseline.name
            let check: Double
            do throws(BenchError) {
                guard let arm = portArms.first ?? checkArm else { throw BenchError.kernelNotSupported(port: port.name, kernel: spec.id) }
                check = try arm.checksum()
            } catch BenchError.cancelled { throw BenchError.cancelled } catch {
                session.failures.append(KernelFailure(kernel: spec.id.rawValue, size: size.label, port: port.name,
                                                      message: error.description, wrongResult: false))
                continue
            }
            let error = reference.relativeError(of: check)
            if !(error <= spec.tolerance) {
                let message = "wrong result: checksum \(check) differs from the reference \(reference.value) "
                    + "by \(error) (tolerance \(spec.tolerance)); not timed"
                session.failures.append(KernelFailure(kernel: spec.id.rawValue, size: size.label, port: port.name,
                                                      message: message, wrongResult: true))
                var c = Comparison(kernel: spec.id.rawValue, size: size.label, baseline: baseName, port: port.name,
                                   ratio: .nan, ci95: .init(low: .nan, high: .nan), verdict: .inconclusive,
                                   band: settings.band, note: "wrong result")
                c.lossPercent = .nan
                session.comparisons.append(c)
                progress(BenchProgress(phase: .finished, step: step, total: total, message: "\(label): \(port.name) WRONG"))
                continue
            }
            progress(BenchProgress(phase: .measuring, step: step, total: total,
                                   message: "\(label): \(baseName) vs \(port.name)"))
            let sources: [ArmSource] = [baseRunner.map { .freshProcess($0) } ?? .inProcess(baseArms),
                                        portRunner.map { .freshProcess($0) } ?? .inProcess(portArms)]
            let orderSeed = PairOrder.seed(base: settings.seed, spec.id.rawValue, size.label, baseName, port.name)
            let m = try RoundedSampler(sampler: sampler).measure(arms: sources, spec: spec, size: size, inputs: inputs,
                                                                 sameBatch: plan.selfCheck, orderSeed: orderSeed)
            if !baselineRecorded || plan.selfCheck {
                session.results.append(result(spec, size, baseName, m.baseline.flatMap { $0 }, m.reps[0], m.stopReason,
                                               reference.value, 0))
                baselineRecorded = true
            }
            session.results.append(result(spec, size, port.name, m.port.flatMap { $0 }, m.reps[1], m.stopReason, check, error))
            let c = Comparison.fromRounds(kernel: spec.id.rawValue, size: size.label, baseline: baseName, port: port.name,
                                          baselineRounds: m.baseline, portRounds: m.port, processes: m.processes,
                                          band: settings.band, orderSeed: orderSeed, stopReason: m.stopReason)
            session.comparisons.append(c)
            progress(BenchProgress(phase: .finished, step: step, total: total,
                                   message: "\(label): \(port.name) \(c.verdict.rawValue) ratio \(formatRatio(c.ratio)) "
                                       + "[\(formatRatio(c.ci95.low)), \(formatRatio(c.ci95.high))], "
                                       + "\(m.baseline.count) rounds, \(c.pairs ?? 0) pairs, stopped on \(m.stopReason.rawValue)"))
        }
    }

    /// How many separate allocations each arm rotates through, within the memory budget.
    private func placements(_ spec: KernelSpec, _ size: ProblemSize) -> Int {
        let perInstance = max(1, Int(spec.bytes(size)))
        return max(1, min(settings.placements, settings.placementMemory / perInstance))
    }

    /// The baseline's checksum (and scale): from its full output when it can return one.
    private func referenceChecksum(spec: KernelSpec, size: ProblemSize, inputs: KernelInputs) throws(BenchError) -> Checksum {
        let arm = try prepare(baseline, spec, size, inputs)
        defer { arm.close() }
        if let out = try arm.output() { return out.checksum }
        let v = try arm.checksum()
        return Checksum(value: v, magnitude: abs(v))
    }

    private func prepare(_ port: any BenchPort, _ spec: KernelSpec, _ size: ProblemSize,
                         _ inputs: KernelInputs) throws(BenchError) -> any PreparedKernel {
        guard port.supportedKernels.contains(spec.id) else {
            throw BenchError.kernelNotSupported(port: port.name, kernel: spec.id)
        }
        return try port.prepare(spec: spec, size: size, inputs: inputs)
    }

    private func result(_ spec: KernelSpec, _ size: ProblemSize, _ port: String, _ samples: [Double], _ reps: Int,
                        _ stop: StopReason, _ checksum: Double, _ error: Double) -> KernelResult {
        var r = KernelResult(kernel: spec.id.rawValue, port: port, size: size.label, dims: size.dims,
                             samples: samples, repsPerSample: reps, stopReason: stop, checksum: checksum,
                             checksumOK: true, checksumError: error, resamples: settings.resamples,
                             seed: settings.seed)
        r.applyThroughput(bytes: spec.bytes(size), flops: spec.flops(size), bound: spec.bound,
                          calibration: calibration)
        return r
    }
}

func formatRatio(_ r: Double) -> String {
    r.isFinite ? String(format: "%.3f", r) : "n/a"
}
