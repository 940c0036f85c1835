import Foundation

/// Runs a plan: verifies every port's output against the baseline, samples, compares.
public struct BenchRunner: Sendable {
    /// The ports that plans may name.
    public let ports: [any BenchPort]
    /// The kernel suite.
    public let suite: KernelSuite
    /// The wall clock the sampler uses.
    public let clock: any BenchClock
    /// The machine description to record (calibration is added per session).
    public let machine: MachineDescription
    /// Produces the session's start time; injected for reproducible output.
    public let timestamp: @Sendable () -> String

    /// Creates a runner.
    public init(ports: [any BenchPort], suite: KernelSuite = .standard,
                clock: any BenchClock = MonotonicClock(), machine: MachineDescription = .current(),
                timestamp: @escaping @Sendable () -> String = { ISO8601DateFormatter().string(from: Date()) }) {
        self.ports = ports
        self.suite = suite
        self.clock = clock
        self.machine = machine
        self.timestamp = timestamp
    }

    /// The port with this name.
    public func port(named name: String) throws(BenchError) -> any BenchPort {
        guard let p = ports.first(where: { $0.name == name }) else { throw BenchError.unknownPort(name) }
        return p
    }

    /// Runs the plan; throws `.cancelled` (and returns nothing) when cancelled.
    public func run(_ plan: BenchPlan, cancellation: CancellationToken = CancellationToken(),
                    progress: @escaping @Sendable (BenchProgress) -> Void = { _ in }) throws(BenchError) -> BenchSession
    {
        try plan.settings.validate()
        var sessionMachine = machine
        let statuses = ports.map(PortStatus.init(port:))
        let baseline = try port(named: plan.baseline)
        if case .unavailable(let reason) = baseline.availability {
            throw BenchError.portUnavailable(port: baseline.name, reason: reason)
        }
        var compared: [any BenchPort] = []
        let wanted = plan.selfCheck ? [plan.baseline] + plan.ports.filter { $0 != plan.baseline }
            : (plan.ports.isEmpty ? ports.map(\.name).filter { $0 != plan.baseline } : plan.ports)
        for name in wanted {
            let p = try port(named: name)
            if case .unavailable(let reason) = p.availability {
                progress(BenchProgress(phase: .skipped, step: 0, total: 0, message: "\(name): \(reason)"))
                continue
            }
            if !plan.selfCheck && name == plan.baseline { continue }
            compared.append(p)
        }
        for p in compared + [baseline] {
            if case .available(let detail) = p.availability, p.name != "c" {
                sessionMachine.devices.append("\(p.name): \(detail)")
            }
        }
        switch plan.calibration {
        case .measure:
            progress(BenchProgress(phase: .calibrating, step: 0, total: 0,
                                   message: "calibrating: triad bandwidth and FMA peak"))
            try cancellation.check()
            sessionMachine.calibration = Calibrator.measure()
        case .fixed(let c): sessionMachine.calibration = c
        case .skip: break
        }
        var session = BenchSession(startedAt: timestamp(), machine: sessionMachine, settings: plan.settings,
                                   baseline: plan.baseline, selfCheck: plan.selfCheck, ports: statuses)
        var cases: [(KernelSpec, ProblemSize)] = []
        for id in plan.kernels {
            guard let spec = suite.spec(id) else { throw BenchError.unknownKernel(id.rawValue) }
            for label in plan.sizes {
                guard let size = spec.size(label) else { throw BenchError.unknownSize(kernel: id, label: label) }
                cases.append((spec, size))
            }
        }
        let sampler = Sampler(settings: plan.settings, clock: clock, cancellation: cancellation)
        let context = CaseContext(plan: plan, sampler: sampler, baseline: baseline, compared: compared,
                                  calibration: sessionMachine.calibration, total: cases.count, progress: progress)
        for (index, (spec, size)) in cases.enumerated() {
            try cancellation.check()
            try context.run(spec: spec, size: size, step: index + 1, into: &session)
        }
        let measured = plan.selfCheck ? compared.map(\.name) : [baseline.name] + compared.map(\.name)
        session.portability = plan.selfCheck ? [] : PortabilityScore.score(results: session.results, ports: measured)
        return session
    }
}
