import Foundation
import Testing
@testable import KernelBench

private func sampleSession() -> BenchSession {
    var r = KernelResult(kernel: "triad", port: "c", size: "M", dims: [1_048_576], samples: [100, 110, 105, 95],
                         repsPerSample: 8, stopReason: .noise, checksum: 1.5, checksumOK: true, checksumError: 0, resamples: 200)
    r.applyThroughput(bytes: 12 * 1_048_576, flops: 2 * 1_048_576, bound: .memory,
                      calibration: Calibration(triadGBps: 20, fmaGFLOPs: 100, threads: 2))
    let c = Comparison.from(kernel: "triad", size: "M", baseline: "c", port: "opencl", baselineSamples: [100, 101, 99, 100, 102],
                            portSamples: [130, 131, 129, 130, 133], band: 0.03, resamples: 200)
    var wrong = Comparison(kernel: "dot", size: "M", baseline: "c", port: "opencl", ratio: .nan,
                           ci95: .init(low: .nan, high: .nan), verdict: .inconclusive, band: 0.03, note: "wrong result")
    wrong.lossPercent = .nan
    let machine = MachineDescription(hostname: "h", cpu: "cpu\u{1b}[31m", cores: 2, os: "os",
                                     calibration: Calibration(triadGBps: 20, fmaGFLOPs: 100, threads: 2))
    return BenchSession(startedAt: "2026-01-01T00:00:00Z", machine: machine, settings: SamplerSettings(), baseline: "c",
                        selfCheck: false, ports: [PortStatus(name: "cuda", available: false, detail: "nvcc not on PATH")],
                        results: [r], comparisons: [c, wrong],
                        failures: [KernelFailure(kernel: "dot", size: "M", port: "opencl", message: "wrong result", wrongResult: true)])
}

@Suite("Reports")
struct ReportTests {
    @Test("JSON carries the schema, machine with calibration, results and comparisons; NaN becomes null")
    func json() throws {
        let text = try JSONReportWriter.write(sampleSession())
        let root = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(root["schema"] as? String == "drawbridge.bench/1")
        let machine = try #require(root["machine"] as? [String: Any])
        #expect((machine["calibration"] as? [String: Any])?["triad_gbps"] as? Double == 20)
        let result = try #require((root["results"] as? [[String: Any]])?.first)
        for key in ["kernel", "port", "size", "samples", "median_ns", "summary", "ci", "stop_reason", "checksum_ok"] {
            #expect(result[key] != nil, "results lack \(key)")
        }
        #expect((result["summary"] as? [String: Any])?["median"] as? Double == 102.5)
        #expect(result["median_ns"] as? Double == 102.5)
        let decoded = try JSONDecoder().decode(KernelResult.self, from: JSONEncoder().encode(sampleSession().results[0]))
        #expect(decoded.summary.median == 102.5 && decoded.samples.count == 4)
        let comps = try #require(root["comparisons"] as? [[String: Any]])
        for key in ["kernel", "size", "baseline", "port", "ratio", "ci95", "loss_percent", "verdict"] {
            #expect(comps[0][key] != nil, "comparisons lack \(key)")
        }
        #expect(comps[0]["verdict"] as? String == "SLOWER")
        #expect(comps[1]["ratio"] is NSNull && comps[1]["loss_percent"] is NSNull)
    }

    @Test("the table shows the loss, interval, verdict, wrong ports and skipped ports, without control characters")
    func table() {
        let text = TableReportWriter.write(sampleSession())
        #expect(text.contains("SLOWER") && text.contains("+30.0%") && text.contains("WRONG RESULT"))
        #expect(text.contains("skipped cuda: nvcc not on PATH"))
        #expect(text.contains("FAILED dot M opencl"))
        #expect(!text.contains("\u{1b}"))
        #expect(TableReportWriter.duration(1_500) == "1.50 us" && TableReportWriter.duration(.nan) == "n/a")
    }

    @Test("the listing names every kernel and each port's availability")
    func listing() {
        let listing = SuiteListing(suite: .standard, ports: [CPort(), UnavailablePort(name: "cuda", reason: "nvcc not on PATH")])
        #expect(listing.kernels.count == 10 && listing.kernels.allSatisfy { $0.ports == ["c"] })
        #expect(listing.text.contains("cuda: unavailable - nvcc not on PATH"))
    }
}
