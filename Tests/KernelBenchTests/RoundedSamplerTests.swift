import Foundation
import Testing
@testable import KernelBench

/// Counts the processes a `FakeRunnerPort` started and stopped.
final class ProcessLedger: @unchecked Sendable {
    private let lock = NSLock()
    private(set) var started = 0
    private(set) var stopped = 0
    private(set) var prepared = 0
    /// The runner name of each preparation, in the order they happened.
    private(set) var preparedBy: [String] = []

    func start() -> Int { lock.withLock { started += 1; return started } }
    func stop() { lock.withLock { stopped += 1 } }
    func prepare(by name: String = "") { lock.withLock { prepared += 1; preparedBy.append(name) } }
}

/// An "external runner" of fake kernels: each process it starts runs at its own speed (a
/// fixed, seeded per-process factor, as placement and neighbours give a real one).
final class FakeRunnerPort: ProcessBackedPort, @unchecked Sendable {
    let name: String
    let factor: Double
    let clock: FakeClock
    let ledger: ProcessLedger
    let processSpeed: Double
    /// Fake nanoseconds each process takes to start (what a real runner spends launching).
    let startupCost: Double
    let availability: PortAvailability = .available(detail: "fake runner")
    var supportedKernels: Set<KernelID> { Set(KernelID.allCases) }

    init(name: String, factor: Double, clock: FakeClock, ledger: ProcessLedger, processSpeed: Double = 1,
         startupCost: Double = 0) {
        self.name = name
        self.startupCost = startupCost
        self.factor = factor
        self.clock = clock
        self.ledger = ledger
        self.processSpeed = processSpeed
    }

    func startProcess() throws(BenchError) -> any ProcessBackedPort {
        let n = ledger.start()
        var rng = SeededGenerator(seed: UInt64(n) &* 7919)
        let speed = 1 + 0.04 * (Double(rng.next() >> 11) / Double(1 << 53) - 0.5)
        clock.advance(startupCost)
        return FakeRunnerPort(name: name, factor: factor, clock: clock, ledger: ledger, processSpeed: speed)
    }

    func stopProcess() { ledger.stop() }

    func prepare(spec: KernelSpec, size: ProblemSize, inputs: KernelInputs) throws(BenchError) -> any PreparedKernel {
        ledger.prepare(by: name)
        let reference = try CPort().prepare(spec: spec, size: size, inputs: inputs).checksum()
        return FakeKernel(name: name, perCall: 10_000 * factor * processSpeed, noise: 0.01, seed: UInt64(ledger.prepared),
                          clock: clock, checksum: reference)
    }
}

private func plan(ports: [String], baseline: String, selfCheck: Bool = false) -> BenchPlan {
    var p = BenchPlan()
    p.kernels = [.copy]
    p.sizes = ["S"]
    p.ports = ports
    p.baseline = baseline
    p.selfCheck = selfCheck
    p.settings = fastSettings()
    p.settings.maxRounds = 12
    p.calibration = .skip
    return p
}

private func runner(_ ports: [any BenchPort], clock: FakeClock) -> BenchRunner {
    BenchRunner(ports: ports, suite: tinySuite(), clock: clock,
                machine: MachineDescription(hostname: "test", cpu: "test cpu", cores: 2, os: "test os"),
                timestamp: { "2026-01-01T00:00:00Z" })
}

@Suite("Rounds: replication across runner processes")
struct RoundedSamplerTests {
    @Test("an external runner gets a fresh process every round, each stopped when its round ends")
    func freshProcesses() throws {
        let clock = FakeClock(), ledger = ProcessLedger()
        let ports: [any BenchPort] = [FakePort(name: "base", factor: 1, clock: clock),
                                      FakeRunnerPort(name: "runner", factor: 1.2, clock: clock, ledger: ledger)]
        let session = try runner(ports, clock: clock).run(plan(ports: ["runner"], baseline: "base"))
        let c = try #require(session.comparisons.first)
        let rounds = try #require(c.rounds)
        #expect(rounds.count >= 6 && rounds.count <= 12)
        #expect(ledger.started == rounds.count && ledger.stopped == rounds.count, "one process per round, all stopped")
        #expect(c.processes == rounds.count && rounds.map(\.process) == (1...rounds.count).map { $0 })
        #expect(c.intervalMethod == "rounds-median" && c.orderSeed != nil && c.stopReason != nil)
        #expect(c.pairs == rounds.map(\.pairs).reduce(0, +))
        #expect(session.results.allSatisfy { $0.samples.count == c.pairs })
        #expect(c.verdict == .slower && c.ci95.low <= 1.2 && 1.2 <= c.ci95.high * 1.03, "\(c.ci95)")
        #expect((c.roundSpread ?? 0) > 0.001, "each process runs at its own speed")
    }

    @Test("a runner self-check measures two independent processes of it against each other")
    func runnerSelfCheck() throws {
        let clock = FakeClock(), ledger = ProcessLedger()
        let port = FakeRunnerPort(name: "runner", factor: 1, clock: clock, ledger: ledger)
        let session = try runner([FakePort(name: "c", factor: 1, clock: clock), port], clock: clock)
            .run(plan(ports: ["runner"], baseline: "runner", selfCheck: true))
        let c = try #require(session.comparisons.first)
        let rounds = try #require(c.rounds).count
        #expect(c.baseline == "runner" && c.port == "runner")
        #expect(ledger.started == 2 * rounds && ledger.stopped == 2 * rounds, "two processes a round")
        #expect(c.verdict != .slower && c.verdict != .faster)
        #expect(c.ci95.low <= 1 && 1 <= c.ci95.high)
    }

    @Test("which arm is set up first is drawn each round, so neither arm is always prepared and warmed first")
    func setupOrderVaries() throws {
        let clock = FakeClock(), ledger = ProcessLedger()
        let ports: [any BenchPort] = [FakePort(name: "c", factor: 1, clock: clock),
                                      FakeRunnerPort(name: "a", factor: 1, clock: clock, ledger: ledger),
                                      FakeRunnerPort(name: "b", factor: 1, clock: clock, ledger: ledger)]
        var p = plan(ports: ["b"], baseline: "a")
        p.settings.minRounds = 12
        let session = try runner(ports, clock: clock).run(p)
        let rounds = try #require(session.comparisons.first?.rounds).count
        // The last two preparations of each round's pair of processes (the harness may prepare
        // a port once more before the rounds, to check its output).
        let perRound = Array(ledger.preparedBy.suffix(2 * rounds))
        let firsts = stride(from: 0, to: perRound.count, by: 2).map { perRound[$0] }
        #expect(rounds >= 8 && perRound.count == 2 * rounds, "\(rounds) rounds, \(ledger.preparedBy)")
        #expect(zip(firsts, stride(from: 1, to: perRound.count, by: 2).map { perRound[$0] }).allSatisfy { $0 != $1 })
        #expect(firsts.contains("a") && firsts.contains("b"), "\(firsts)")
    }

    @Test("a round that is slow to set up measures at least as long as its setup took, in whole blocks")
    func roundsMatchTheirSetup() throws {
        func rounds(startup: Double) throws -> [RoundRecord] {
            let clock = FakeClock(), ledger = ProcessLedger()
            let ports: [any BenchPort] = [FakePort(name: "base", factor: 1, clock: clock),
                                          FakeRunnerPort(name: "runner", factor: 1, clock: clock, ledger: ledger,
                                                         startupCost: startup)]
            let session = try runner(ports, clock: clock).run(plan(ports: ["runner"], baseline: "base"))
            return try #require(session.comparisons.first?.rounds)
        }
        let pairs = fastSettings().pairsPerRound
        #expect(try rounds(startup: 0).allSatisfy { $0.pairs == pairs }, "no setup cost: the usual pairs")
        // A fake pair costs about 40 µs here; a 1 ms start asks for about 25 pairs.
        let slow = try rounds(startup: 1_000_000)
        #expect(slow.allSatisfy { $0.pairs > pairs && $0.pairs % 2 == 0 && $0.pairs <= pairs * Sampler.maxPairsFactor },
                "\(slow.map(\.pairs))")
        // However slow the start, a round never grows past its cap.
        #expect(try rounds(startup: 1e9).allSatisfy { $0.pairs <= pairs * Sampler.maxPairsFactor })
    }

    @Test("in-process ports keep their placements across rounds and start nothing")
    func inProcess() throws {
        let clock = FakeClock()
        let slow = FakePort(name: "slow", factor: 1.5, clock: clock)
        let session = try runner([FakePort(name: "base", factor: 1, clock: clock), slow], clock: clock)
            .run(plan(ports: ["slow"], baseline: "base"))
        let c = try #require(session.comparisons.first)
        #expect(c.processes == 1 && c.rounds?.allSatisfy { $0.process == nil } == true)
        #expect(slow.prepared.count == fastSettings().placements, "placements are prepared once, not per round")
        #expect(c.verdict == .slower && abs(c.ratio - 1.5) < 0.05)
    }

    @Test("the turn order is drawn from the recorded seed: the same plan gives the same samples")
    func reproducible() throws {
        func once() throws -> Comparison {
            let clock = FakeClock()
            let ports: [any BenchPort] = [FakePort(name: "base", factor: 1, clock: clock), FakePort(name: "p", factor: 1.1, clock: clock)]
            return try #require(try runner(ports, clock: clock).run(plan(ports: ["p"], baseline: "base")).comparisons.first)
        }
        let a = try once(), b = try once()
        #expect(a == b)
        #expect(a.orderSeed == PairOrder.seed(base: fastSettings().seed, "copy", "S", "base", "p"))
    }

    @Test("a session from before rounds decodes: comparisons without rounds, the table without their columns")
    func oldSession() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Data/demo/bench/deform-ops-opencl-pocl.json")
        let session = try JSONDecoder().decode(BenchSession.self, from: Data(contentsOf: url))
        #expect(!session.comparisons.isEmpty && session.comparisons.allSatisfy { $0.rounds == nil && $0.intervalMethod == nil })
        let table = TableReportWriter.lossTable(session.comparisons)
        #expect(table.hasPrefix("kernel") && !table.contains("rounds") && !table.contains("spread"))
        #expect(session.settings.minRounds == SamplerSettings().minRounds)
    }
}
