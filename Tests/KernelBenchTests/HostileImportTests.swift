import Foundation
import Testing
@testable import KernelBench

/// Every importer and the runner-manifest parser over truncated, mutated and arbitrary input: a valid session or a
/// typed error with a clear message, never a crash or a hang. A failure names the seed and case; cases replay from them.
@Suite("Hostile input: importers")
struct HostileImportTests {
    static let fixtureNames = ["google-benchmark.json", "hyperfine.json", "nvbench.json"]
    /// A transcript whose checksum is the one triad really computes at size S (so it imports as a verified result).
    static let transcript: String = {
        var checksum = Double.nan
        if let spec = KernelSuite.standard.spec(named: "triad"),
           let inputs = try? KernelInputs(spec: spec, size: spec.sizes[0], seed: 20240601),
           let prepared = try? CPort().prepare(spec: spec, size: spec.sizes[0], inputs: inputs) {
            checksum = (try? prepared.output()?.checksum.value) ?? .nan
            prepared.close()
        }
        return """
            hello drawbridge-runner/1
            info device Ascend 910B3
            result triad 65536 20240601 10
            sample 2000.5
            sample 2100
            end
            checksum triad 65536 20240601 \(checksum)
            bye

            """
    }()
    static let limit: Duration = .seconds(2)

    static func seeds() throws -> [[UInt8]] {
        try fixtureNames.map { [UInt8](try Data(contentsOf: fixtures.appendingPathComponent($0))) } + [Array(transcript.utf8)]
    }

    /// What is wrong with importing `bytes` (nil when it gave a sound session or a clear typed error in time).
    static func problem(importing bytes: [UInt8]) -> String? {
        let clock = ContinuousClock()
        var outcome: Result<BenchSession, ImportError>?
        let elapsed = clock.measure {
            do throws(ImportError) {
                outcome = .success(try BenchImporter.importData(Data(bytes), port: "p", sourceName: "in.json"))
            } catch {
                outcome = .failure(error)
            }
        }
        if elapsed > limit { return "took \(elapsed) for \(bytes.count) bytes" }
        switch outcome {
        case .success(let session)?:
            guard !session.results.isEmpty || session.failures.contains(where: \.wrongResult) else {
                return "a session without results or wrong results"
            }
            for r in session.results where !(r.summary.median.isFinite && r.summary.median > 0 && !r.samples.isEmpty) {
                return "result \(r.kernel) with median \(r.summary.median) from \(r.samples.count) samples"
            }
        case .failure(let error)?:
            let text = error.description
            guard text.hasPrefix("in.json"), text.count > "in.json: ".count else { return "unclear error '\(text)'" }
            guard !text.unicodeScalars.contains(where: { $0.value < 32 || $0.value == 127 }) else {
                return "control characters in '\(text.debugDescription)'"
            }
        case nil: return "no outcome"
        }
        return nil
    }

    @Test("every fixture truncated at every byte offset")
    func truncatedAtEveryOffset() throws {
        var cases = 0
        for seed in try Self.seeds() {
            for end in 0..<seed.count {
                if let problem = Self.problem(importing: Array(seed.prefix(end))) {
                    Issue.record("prefix of \(end) bytes: \(problem)")
                    return
                }
                cases += 1
            }
        }
        print("hostile-input: importers truncated: \(cases) cases")
    }

    static let fragments = [
        "NaN", "Infinity", "-Infinity", "1e400", "-1e400", "1" + String(repeating: "0", count: 400), "0", "-1", "-0.0",
        "true", "false", "null", "\"\"", "\"x\u{1b}[2J\"", "[]", "{}", "[[[[", "]]", "}", "{\"a\": 1, \"a\": 2}", ",", ":",
        "\"real_time\": ", "\"times\": [", "\"num_cpus\": 1e30, ", "\"sample_size\": 1e300, ", "\"id\": -1e299, ",
        "\"time_unit\": \"s\", ", "\\u0000", "\"", "sample 0\n", "sample -5\n", "sample nan\n", "result copy 0 1 1\n",
        "result triad 99999999999x99999 1 1\n", "end\n", "\r\n", "\u{FEFF}",
    ]

    /// A mutated fixture: truncated, spliced, or with fragments (hostile numbers, wrong types) inserted.
    static func mutate(_ seeds: [[UInt8]], _ rng: inout SeededGenerator) -> [UInt8] {
        var bytes = seeds[rng.index(below: seeds.count)]
        switch rng.index(below: 5) {
        case 0:
            return (0..<rng.index(below: 2048)).map { _ in UInt8(truncatingIfNeeded: rng.next()) }
        case 1:
            let other = seeds[rng.index(below: seeds.count)]
            return Array(bytes.prefix(rng.index(below: bytes.count))) + Array(other.suffix(rng.index(below: other.count)))
        default:
            for _ in 0..<(1 + rng.index(below: 8)) {
                let at = rng.index(below: bytes.count + 1)
                if rng.index(below: 4) == 0, at < bytes.count {
                    bytes[at] ^= UInt8(1 << rng.index(below: 8))
                } else {
                    bytes.insert(contentsOf: Array(fragments[rng.index(below: fragments.count)].utf8), at: at)
                }
            }
            return bytes
        }
    }

    @Test("4,000 mutated and arbitrary files")
    func mutated() throws {
        let seeds = try Self.seeds()
        let seed: UInt64 = 0x1A9_0001
        let count = 4000
        var failures = 0
        for index in 0..<count {
            var rng = SeededGenerator(seed: seed &+ UInt64(index) &* 0xD1B5_4A32_D192_ED03)
            if let problem = Self.problem(importing: Self.mutate(seeds, &rng)) {
                Issue.record("seed \(seed) case \(index): \(problem)")
                failures += 1
                if failures >= 5 { return }
            }
        }
        print("hostile-input: importers mutated: \(count) randomised cases, seed \(seed)")
    }

    static let gbench = #"{"context": {CTX}, "benchmarks": [{"name": "BM_triad/1024", "real_time": TIME, "time_unit": "ns"}]}"#

    @Test("deep nesting, huge numbers, NaN, zero and negative times, wrong types, duplicate keys, empty arrays", arguments: [
        String(repeating: "[", count: 10_000), String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000),
        "{\"results\": " + String(repeating: "{\"a\": ", count: 10_000), gbench.replacing("TIME", with: "1e400"),
        gbench.replacing("TIME", with: "1" + String(repeating: "0", count: 400)), gbench.replacing("TIME", with: "NaN"),
        gbench.replacing("TIME", with: "Infinity"), gbench.replacing("TIME", with: "0"), gbench.replacing("TIME", with: "-5"),
        gbench.replacing("TIME", with: "true"), gbench.replacing("TIME", with: "\"fast\""), gbench.replacing("TIME", with: "[]"),
        gbench.replacing("CTX", with: "\"num_cpus\": 1e30, \"mhz_per_cpu\": -1e200"), "{\"results\": []}",
        "{\"results\": [{\"command\": \"x\", \"times\": []}]}", "{\"results\": [{\"command\": \"x\", \"command\": 5, \"times\": [1]}]}",
        "{\"meta\": {}, \"benchmarks\": [{\"name\": \"b\", \"states\": [{\"summaries\": [{\"tag\": \"nv/cold/time/gpu/mean\", \"data\": [{\"name\": \"value\", \"value\": \"1e-3\"}]}, {\"tag\": \"nv/cold/sample_size\", \"data\": [{\"name\": \"value\", \"value\": \"1e300\"}]}]}]}]}",
        "{\"\u{1b}[2J\": 1}", "hello drawbridge-runner/1\r\nresult copy 65536 1 1\r\nsample 5\r\n",
    ])
    func constructed(_ text: String) {
        let result = Self.problem(importing: Array(text.replacing("CTX", with: "").replacing("TIME", with: "5").utf8))
        #expect(result == nil, "\(text.prefix(80).debugDescription): \(result ?? "")")
    }

    @Test("booleans are not numbers, and CRLF transcripts import")
    func typesAndLineEnds() throws {
        #expect(throws: ImportError.self) {
            _ = try BenchImporter.importData(Data(Self.gbench.replacing("CTX", with: "").replacing("TIME", with: "true").utf8), port: "p")
        }
        let crlf = Self.transcript.replacing("\n", with: "\r\n")
        let session = try BenchImporter.importData(Data(crlf.utf8), port: "p")
        #expect(session.results.first?.samples == [2000.5, 2100])
    }

    @Test("2,000 mutated runner manifests: a manifest or an error naming file and line")
    func manifests() {
        let valid = Array("# manifest\nname = ascend\ncommand = ./runner # here\narg = --device\narg = 0\nworkdir = .\ntimeout = 60\nprotocol = 1\n".utf8)
        let seeds = [valid, valid.flatMap { $0 == 10 ? [13, 10] : [$0] }]
        let seed: UInt64 = 0x3A41_0001
        for index in 0..<2000 {
            var rng = SeededGenerator(seed: seed &+ UInt64(index) &* 0xD1B5_4A32_D192_ED03)
            let text = String(decoding: Self.mutate(seeds, &rng), as: UTF8.self)
            let lines = text.utf8.split(separator: 10, omittingEmptySubsequences: false).count
            do throws(BenchError) {
                _ = try RunnerManifest.parse(text, path: "m.manifest")
            } catch {
                guard case let .runner(.badManifest(path, line, message)) = error else {
                    Issue.record("seed \(seed) case \(index): \(error)")
                    return
                }
                #expect(path == "m.manifest" && (1...lines).contains(line) && !message.isEmpty, "seed \(seed) case \(index)")
                #expect(!error.description.unicodeScalars.contains { $0.value < 32 }, "seed \(seed) case \(index): \(error)")
            }
        }
        let crlf = String(decoding: seeds[1], as: UTF8.self)
        #expect((try? RunnerManifest.parse(crlf, path: "/x/m"))?.arguments == ["--device", "0"])
        print("hostile-input: runner manifests: 2000 randomised cases, seed \(seed)")
    }
}
