import Foundation
import Testing
@testable import KernelBench

private func runner(_ ports: [any BenchPort], clock: FakeClock) -> BenchRunner {
    BenchRunner(ports: ports, suite: tinySuite(), clock: clock,
                machine: MachineDescription(hostname: "test", cpu: "test cpu", cores: 2, os: "test os"),
                timestamp: { "2026-01-01T00:00:00Z" })
}

private func plan(_ kernels: [KernelID], ports: [String], baseline: String = "base") -> BenchPlan {
    var p = BenchPlan()
    p.kernels = kernels
    p.sizes = ["S"]
    p.ports = ports
    p.baseline = baseline
    p.settings = fastSettings()
    p.calibration = .fixed(Calibration(triadGBps: 20, fmaGFLOPs: 100, threads: 2))
    return p
}

@Suite("Runner")
struct BenchRunnerTests {
    @Test("a slower port is compared, verified, and scored")
    func comparison() throws {
        let clock = FakeClock()
        let r = runner([FakePort(name: "base", factor: 1, clock: clock), FakePort(name: "slow", factor: 1.5, clock: clock)], clock: clock)
        let session = try r.run(plan([.triad, .dot], ports: ["slow"]))
        #expect(session.comparisons.count == 2)
        #expect(session.comparisons.allSatisfy { $0.verdict == .slower && abs($0.ratio - 1.5) < 0.05 })
        #expect(session.results.count == 4)
        #expect(session.results.allSatisfy { $0.checksumOK && $0.roofPercent != nil })
        #expect(session.portability.count == 2)
        #expect(session.portability.allSatisfy { abs($0.application - 2 / (1 + 1.5)) < 0.05 })
        #expect(session.machine.calibration?.triadGBps == 20)
    }

    @Test("a port with a wrong checksum is reported as wrong and never timed")
    func wrongChecksum() throws {
        let clock = FakeClock()
        let wrong = FakePort(name: "wrong", factor: 1, clock: clock, checksum: 123_456)
        let session = try runner([FakePort(name: "base", factor: 1, clock: clock), wrong], clock: clock)
            .run(plan([.copy], ports: ["wrong"]))
        #expect(session.failures.count == 1 && session.failures[0].wrongResult)
        #expect(session.comparisons.first?.note == "wrong result")
        #expect(wrong.prepared.allSatisfy { $0.runs == 0 })
        #expect(!session.results.contains { $0.port == "wrong" })
    }

    @Test("an unavailable port is skipped with its reason reported")
    func unavailable() throws {
        let clock = FakeClock()
        let messages = CallLog()
        let gone = FakePort(name: "opencl", factor: 1, clock: clock, availability: .unavailable(reason: "no OpenCL platform found"))
        let session = try runner([FakePort(name: "base", factor: 1, clock: clock), gone], clock: clock)
            .run(plan([.copy], ports: ["opencl"])) { messages.record($0.message) }
        #expect(messages.calls.contains("opencl: no OpenCL platform found"))
        #expect(session.ports.contains { $0.name == "opencl" && !$0.available && $0.detail == "no OpenCL platform found" })
        #expect(session.results.count == 1)
    }

    @Test("self-check compares a port with itself and says SAME")
    func selfCheck() throws {
        let clock = FakeClock()
        var p = plan([.copy, .scan], ports: ["base"])
        p.selfCheck = true
        let session = try runner([FakePort(name: "base", factor: 1, clock: clock)], clock: clock).run(p)
        #expect(session.selfCheck)
        #expect(session.comparisons.count == 2 && session.comparisons.allSatisfy { $0.verdict == .same && $0.port == $0.baseline })
    }

    @Test("a cancelled run throws and returns nothing")
    func cancelled() {
        let clock = FakeClock(), token = CancellationToken()
        let r = runner([FakePort(name: "base", factor: 1, clock: clock), FakePort(name: "p", factor: 1, clock: clock)], clock: clock)
        #expect(throws: BenchError.cancelled) {
            _ = try r.run(plan([.copy, .triad], ports: ["p"]), cancellation: token) { _ in token.cancel() }
        }
    }

    @Test("unknown names are typed errors")
    func unknownNames() {
        let clock = FakeClock()
        let r = runner([FakePort(name: "base", factor: 1, clock: clock)], clock: clock)
        #expect(throws: BenchError.unknownPort("nope")) { _ = try r.run(plan([.copy], ports: ["nope"])) }
        var p = plan([.copy], ports: [])
        p.sizes = ["XL"]
        #expect(throws: BenchError.unknownSize(kernel: .copy, label: "XL")) { _ = try r.run(p) }
    }
}
