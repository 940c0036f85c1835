import Foundation
import Testing
@testable import KernelBench

private func load(_ name: String) throws -> Data {
    try Data(contentsOf: fixtures.appendingPathComponent(name))
}

private func importText(_ text: String) throws(ImportError) -> BenchSession {
    try BenchImporter.importData(Data(text.utf8), port: "p", sourceName: "test")
}

@Suite("Import")
struct ImportTests {
    @Test("Google Benchmark JSON from libbenchmark: repetitions become samples in ns")
    func googleBenchmark() throws {
        var map = KernelNameMap()
        map.add("BM_triad/65536", kernel: .triad, size: "S")
        map.add("BM_triad/1048576", kernel: .triad, size: "M")
        let s = try BenchImporter.importData(try load("google-benchmark.json"), port: "gbench", kernelMap: map)
        #expect(s.machine.source == "google-benchmark" && s.machine.cores == 2 && s.machine.hostname == "vm")
        #expect(s.results.count == 2)
        let small = try #require(s.results.first { $0.size == "S" })
        #expect(small.kernel == "triad" && small.port == "gbench" && small.samples.count == 5 && small.stopReason == .imported)
        #expect(small.summary.median > 1_000 && small.summary.median < 1_000_000)
        #expect(small.dims == [65536] && small.gbps != nil)
    }

    @Test("hyperfine JSON: times in seconds become nanoseconds; names pass through whole")
    func hyperfine() throws {
        let s = try BenchImporter.importData(try load("hyperfine.json"), port: "hf")
        #expect(s.machine.source == "hyperfine")
        #expect(s.results.map(\.kernel) == ["./triad 1048576", "./triad 4194304"])
        #expect(s.results.allSatisfy { $0.samples.count == 12 && $0.summary.median > 1e6 })
        #expect(s.failures.isEmpty)
    }

    @Test("nvbench JSON: summaries, device description, skipped states")
    func nvbench() throws {
        var map = KernelNameMap()
        map.add("triad/Elements=1048576", kernel: .triad, size: "M")
        let s = try BenchImporter.importData(try load("nvbench.json"), port: "cuda", kernelMap: map)
        #expect(s.machine.source == "nvbench" && s.machine.devices.first?.contains("H100") == true)
        #expect(s.results.count == 2)
        let m = try #require(s.results.first { $0.size == "M" })
        #expect(m.kernel == "triad" && abs(m.summary.median - 10_784) < 1 && m.summary.count == 11_888 && m.dims == [1_048_576])
        #expect(abs(m.summary.q1 - 10_720) < 1)
        #expect(s.failures.count == 1 && s.failures[0].message.contains("not enough device memory") && s.failures[0].port == "cuda")
    }

    @Test("runner transcripts keep the foreign machine and the checksums")
    func transcript() throws {
        let text = """
        hello drawbridge-runner/1
        info name ascend
        info device Ascend 910B3
        info host aarch64 Kunpeng 920, 192 cores
        end
        result triad 16777216 20240601 10
        sample 2000.5
        sample 2100
        sample 1990
        end
        checksum triad 16777216 20240601 12345.5
        bye
        """
        let s = try importText(text)
        #expect(s.machine.source == "runner-transcript" && s.machine.devices == ["Ascend 910B3"])
        #expect(s.machine.cpu.contains("Kunpeng"))
        // 12345.5 is not what triad computes on those inputs: reported as a wrong result, not stored as a timing.
        #expect(s.results.isEmpty)
        let failure = try #require(s.failures.first)
        #expect(failure.wrongResult && failure.kernel == "triad" && failure.size == "L" && failure.port == "p")
        #expect(s.ports.first?.detail.contains("0 agree with the c reference, 1 wrong, 0 unverified") == true)
    }

    @Test("a transcript's checksums are checked against the c reference recomputed from the same seed")
    func transcriptChecksumsAreVerified() throws {
        let spec = try #require(KernelSuite.standard.spec(named: "dot"))
        let size = spec.sizes[0]
        let inputs = try KernelInputs(spec: spec, size: size, seed: 77)
        let prepared = try CPort().prepare(spec: spec, size: size, inputs: inputs)
        defer { prepared.close() }
        let expected = try #require(try prepared.output()?.checksum.value)
        let text = """
        hello drawbridge-runner/1
        end
        result dot \(size.dims[0]) 77 1
        sample 1000
        sample 1010
        end
        checksum dot \(size.dims[0]) 77 \(expected * (1 + 1e-7))
        result copy \(size.dims[0]) 77 1
        sample 500
        end
        result dot 1234 77 1
        sample 90
        end
        checksum dot 1234 77 5
        """
        let s = try importText(text)
        #expect(s.failures.isEmpty)
        let dot = try #require(s.results.first { $0.kernel == "dot" && $0.size == "S" })
        #expect(dot.checksumOK && dot.checksumError < spec.tolerance)
        // copy had no checksum line; dot at a size the suite lacks cannot be recomputed: both kept, unverified.
        #expect(s.results.count == 3)
        #expect(s.ports.first?.detail.contains("1 agree with the c reference, 0 wrong, 2 unverified") == true)
    }

    @Test("hostile and broken inputs get typed errors", arguments: [
        ("", "empty"), ("{\"benchmarks\": [", "malformed"), ("{\"context\": {}, \"benchmarks\": [{\"name\": \"x\", \"real_time\": NaN}]}", "malformed"),
        (String(repeating: "[", count: 5000) + String(repeating: "]", count: 5000), "deep"),
        ("{\"context\": {}, \"benchmarks\": [{\"name\": \"x\", \"real_time\": 1e999, \"time_unit\": \"ns\"}]}", "number"),
        ("{\"context\": {}, \"benchmarks\": [{\"name\": \"x\", \"real_time\": \"fast\", \"time_unit\": \"ns\"}]}", "field"),
        ("{\"context\": {}, \"benchmarks\": [{\"name\": \"x\", \"real_time\": -5, \"time_unit\": \"ns\"}]}", "field"),
        ("{\"context\": {}, \"benchmarks\": [{\"name\": \"x\", \"real_time\": 5, \"time_unit\": \"fortnights\"}]}", "field"),
        ("{\"rows\": [1, 2]}", "unknown"), ("{\"context\": {}, \"benchmarks\": []}", "none"),
        ("hello drawbridge-runner/1\nend\nresult copy 65536 1 1\nsample 5\n", "transcript"),
        ("hello drawbridge-runner/1\nend\nrm -rf /\n", "transcript"), ("hello drawbridge-runner/7\n", "transcript"),
        ("PK\u{3}\u{4}binary", "unknown"),
    ])
    func hostile(_ input: String, _ kind: String) {
        do {
            _ = try importText(input)
            Issue.record("accepted \(kind) input")
        } catch {
            let ok: Bool
            switch (kind, error) {
            case ("empty", .empty), ("malformed", .malformedJSON), ("deep", .tooDeep), ("unknown", .unknownFormat),
                 ("none", .noResults), ("transcript", .badTranscript), ("field", .invalidField): ok = true
            case ("number", .invalidField), ("number", .malformedJSON): ok = true
            default: ok = false
            }
            #expect(ok, "\(kind): got \(error)")
            #expect(!error.description.isEmpty)
        }
    }

    @Test("a truncated real file is rejected as truncated")
    func truncatedFile() throws {
        let data = try load("google-benchmark.json")
        #expect(throws: ImportError.malformedJSON(source: "t", detail: "truncated (unclosed brackets or string)")) {
            _ = try BenchImporter.importData(data.prefix(data.count / 2), port: "p", sourceName: "t")
        }
    }

    @Test("kernel maps parse and reject bad lines")
    func kernelMap() throws {
        let map = try KernelNameMap.parse("# comment\nBM_triad = triad\nBM_dot/4096 = dot S\n", path: "m")
        // A suite rung's element count becomes its label; other sizes stay as written.
        #expect(map.resolve("BM_triad/1048576", defaultSize: "-") == ("triad", "M"))
        #expect(map.resolve("BM_triad/1000", defaultSize: "-") == ("triad", "1000"))
        #expect(map.resolve("BM_dot/4096", defaultSize: "-") == ("dot", "S"))
    }

    @Test("without a map, common benchmark names and sizes resolve to suite kernels and rungs")
    func namesResolveWithoutAMap() {
        let map = KernelNameMap()
        #expect(map.resolve("BM_Triad/65536", defaultSize: "-") == ("triad", "S"))
        #expect(map.resolve("transpose_kernel/1024", defaultSize: "-") == ("transpose", "M"))
        #expect(map.resolve("BM_softmax/4096/2048", defaultSize: "-") == ("softmax", "L"))
        #expect(map.resolve("sgemm/N=256", defaultSize: "-") == ("sgemm", "M"))
        #expect(map.resolve("triad", defaultSize: "Elements=16777216") == ("triad", "L"))
        #expect(map.resolve("BM_memcpy/65536", defaultSize: "-") == ("BM_memcpy", "65536"))
        #expect(map.resolve("BM_triad_fused/65536", defaultSize: "-") == ("BM_triad_fused", "65536"))
        #expect(throws: ImportError.self) { _ = try KernelNameMap.parse("BM_x = warp_shuffle\n", path: "m") }
        #expect(throws: ImportError.self) { _ = try KernelNameMap.parse("no equals sign\n", path: "m") }
    }
}

@Suite("nvbench per-sample files")
struct NvbenchSampleFileTests {
    /// An nvbench JSON document with one state whose `--jsonbin` samples are in `file`.
    static func document(file: String, count: Int) -> String {
        """
        {"meta": {}, "devices": [{"id": 0, "name": "NVIDIA H100"}], "benchmarks": [{"name": "triad", "states": [{
          "name": "Device=0 Elements=65536", "axis_values": [{"name": "Elements", "type": "int64", "value": "65536"}],
          "summaries": [
            {"tag": "nv/cold/time/gpu/median", "data": [{"name": "value", "type": "float64", "value": "2.5e-06"}]},
            {"tag": "nv/cold/sample_size", "data": [{"name": "value", "type": "int64", "value": "\(count)"}]},
            {"tag": "nv/json/bin:nv/cold/sample_times", "data": [{"name": "filename", "type": "string", "value": "\(file)"},
                                                               {"name": "size", "type": "int64", "value": "\(count)"}]}
          ]}]}]}
        """
    }

    static func floats(_ values: [Float]) -> Data {
        var data = Data()
        for value in values { withUnsafeBytes(of: value.bitPattern.littleEndian) { data.append(contentsOf: $0) } }
        return data
    }

    @Test("--jsonbin sample times become real samples; a missing or short file falls back to the summary and says so")
    func samplesFromTheSidecar() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("nvbench-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let seconds: [Float] = [2.0e-6, 2.5e-6, 3.0e-6, 2.25e-6, 2.75e-6]
        try Self.floats(seconds).write(to: directory.appendingPathComponent("triad.bin"))
        let json = directory.appendingPathComponent("run.json").path
        let session = try BenchImporter.importData(Data(Self.document(file: "triad.bin", count: 5).utf8), port: "cuda-h100",
                                                   sourceName: json)
        let result = try #require(session.results.first)
        #expect(result.samples.count == 5 && result.summary.count == 5)
        #expect(zip(result.samples, seconds).allSatisfy { abs($0 - Double($1) * 1e9) < 1e-3 })
        #expect(abs(result.summary.median - 2500) < 1e-3)
        #expect(session.ports.first?.detail.contains("1 results from per-sample files, 0 from summaries only") == true)

        try Self.floats(Array(seconds.prefix(3))).write(to: directory.appendingPathComponent("short.bin"))
        for (file, why) in [("missing.bin", "not found"), ("short.bin", "12 bytes where 5 samples need 20")] {
            let fallback = try BenchImporter.importData(Data(Self.document(file: file, count: 5).utf8), port: "p", sourceName: json)
            let summaryOnly = try #require(fallback.results.first)
            #expect(summaryOnly.samples == [2500] && summaryOnly.summary.count == 5)
            #expect(fallback.ports.first?.detail.contains(why) == true, "\(fallback.ports.first?.detail ?? "")")
        }
    }
}
