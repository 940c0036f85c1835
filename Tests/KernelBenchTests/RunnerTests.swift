import Foundation
import Testing
@testable import KernelBench

/// A well-behaved runner for `copy` whose checksum is the real reference at S.
private let goodRunner = """
while read -r verb a b c d e; do
  case "$verb" in
    hello) printf 'hello drawbridge-runner/1\\ninfo name fake\\ninfo device Fake Accelerator 9000\\nend\\n' ;;
    list) printf 'kernel copy S=65536\\nkernel warp_magic S=1\\nend\\n' ;;
    run) printf 'result %s %s %s %s\\n' "$a" "$b" "$c" "$e"; i=0; while [ $i -lt "$d" ]; do echo "sample 1500.5"; i=$((i+1)); done; echo end ;;
    verify) printf 'checksum %s %s %s 32759.100491929705\\n' "$a" "$b" "$c" ;;
    quit) echo bye; exit 0 ;;
    *) echo "error unknown request" ;;
  esac
done
"""

@Suite("External runners")
final class RunnerTests {
    /// The directories this test's runners were written into, removed when the test ends.
    private var directories: [URL] = []

    deinit {
        for directory in directories { try? FileManager.default.removeItem(at: directory) }
    }

    /// Writes an executable shell script runner into a fresh directory and returns its manifest.
    private func scriptRunner(_ name: String, _ body: String, timeout: Double = 5) throws -> RunnerManifest {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("kb-runner-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        directories.append(dir)
        let script = dir.appendingPathComponent("runner.sh")
        try ("#!/bin/sh\n" + body).write(to: script, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: script.path)
        let manifest = "name = \(name)\ncommand = ./runner.sh\ntimeout = \(timeout)\nprotocol = 1\n"
        let path = dir.appendingPathComponent("runner.manifest")
        try manifest.write(to: path, atomically: true, encoding: .utf8)
        return try RunnerManifest.load(path: path.path)
    }
    @Test("manifests parse, resolve paths, and reject mistakes with line numbers")
    func manifests() throws {
        let m = try RunnerManifest.parse("# x\nname = ascend\ncommand = bin/run # the runner\narg = --device\narg = 0\ntimeout = 12\n",
                                         path: "/opt/r/ascend.manifest")
        #expect(m.name == "ascend" && m.command == "/opt/r/bin/run" && m.arguments == ["--device", "0"] && m.timeout == 12)
        #expect(m.workingDirectory == "/opt/r")
        let cases = ["command = x\n", "name = a\n", "name = a\ncommand = x\ncolour = red\n", "name = a\ncommand = x\ntimeout = -1\n",
                     "name = a\ncommand = x\nprotocol = 2\n", "name = a b\ncommand = x\n", "name = a\ncommand = x\njunk\n"]
        for text in cases {
            #expect(throws: BenchError.self, "\(text)") { _ = try RunnerManifest.parse(text, path: "m") }
        }
        do {
            _ = try RunnerManifest.parse("name = a\ncommand = x\ncolour = red\n", path: "m")
        } catch {
            #expect(error.description.hasPrefix("m:3:"))
        }
    }

    @Test("protocol lines parse strictly")
    func protocolLines() {
        #expect(RunnerProtocol.parseGreeting("hello drawbridge-runner/1") == 1)
        #expect(RunnerProtocol.parseGreeting("hello world") == nil)
        #expect(RunnerProtocol.parseKernel("kernel triad S=65536 M=1024x1024")?.sizes.last?.dims == [1024, 1024])
        #expect(RunnerProtocol.parseKernel("kernel triad S=-5") == nil)
        #expect(RunnerProtocol.parseSample("sample 12.5") == 12.5)
        #expect(RunnerProtocol.parseSample("sample nan") == nil && RunnerProtocol.parseSample("sample -1") == nil)
        #expect(RunnerProtocol.parseSample("sample inf") == nil)
        #expect(RunnerProtocol.parseChecksum("checksum copy 65536 7 1.5")?.value == 1.5)
        #expect(RunnerProtocol.parseResultHeader("result copy 65536 7 0") == nil)
        #expect(RunnerProtocol.parseError("error no CUDA device") == "no CUDA device")
    }

    @Test("a conforming runner is a port: listed kernels, samples, checksum")
    func goodRunnerPort() throws {
        let port = ExternalRunnerPort(manifest: try scriptRunner("fake", goodRunner))
        #expect(port.availability.isAvailable)
        #expect(port.supportedKernels == [.copy])
        let spec = KernelSuite.standard.spec(.copy)!
        let inputs = try KernelInputs(spec: spec, size: spec.sizes[0])
        let k = try port.prepare(spec: spec, size: spec.sizes[0], inputs: inputs)
        #expect(try k.run(reps: 4) == 1500.5 * 4)
        #expect(try k.checksum() == 32759.100491929705)
    }

    @Test("runner check passes a conforming runner and fails a wrong checksum")
    func runnerCheck() throws {
        let good = RunnerCheck.run(manifest: try scriptRunner("fake", goodRunner))
        #expect(good.passed, "\(good.text)")
        let wrong = RunnerCheck.run(manifest: try scriptRunner("fake", goodRunner.replacingOccurrences(of: "32759.100491929705", with: "1.0")))
        #expect(!wrong.passed && wrong.text.contains("FAIL copy S checksum"))
    }

    @Test("a hanging runner is killed at its time limit")
    func hangingRunner() throws {
        let port = ExternalRunnerPort(manifest: try scriptRunner("sleepy", "exec sleep 30\n", timeout: 0.3))
        guard case .unavailable(let reason) = port.availability else { Issue.record("should be unavailable"); return }
        #expect(reason.contains("runner sleepy: no greeting") && reason.contains("killed"))
    }

    @Test("garbage, wrong versions, crashes and refusals are reported clearly")
    func misbehaving() throws {
        let cases: [(String, String)] = [
            ("read l; echo 'Segmentation fault (core dumped)'; sleep 1\n", "protocol violation"),
            ("read l; echo 'hello drawbridge-runner/2'; sleep 1\n", "speaks protocol"),
            ("read l; echo 'fatal: no licence' >&2; exit 3\n", "exited with status 3"),
            ("read l; echo 'error no CUDA device'; sleep 1\n", "no CUDA device"),
            ("read l; printf 'hello drawbridge-runner/1\\nend\\n'; read l; printf 'kernel copy S=65536\\nend\\n'; read l; echo 'result copy 65536 1 1'; echo 'sample fast'; sleep 1\n", ""),
        ]
        for (body, expected) in cases {
            let port = ExternalRunnerPort(manifest: try scriptRunner("bad", body, timeout: 2))
            if expected.isEmpty {
                let spec = KernelSuite.standard.spec(.copy)!
                let k = try port.prepare(spec: spec, size: spec.sizes[0], inputs: try KernelInputs(spec: spec, size: spec.sizes[0], seed: 1))
                #expect(throws: BenchError.self) { _ = try k.run(reps: 1) }
                continue
            }
            guard case .unavailable(let reason) = port.availability else { Issue.record("\(expected): should be unavailable"); continue }
            #expect(reason.contains(expected), "\(reason)")
        }
    }

    @Test("a missing program is reported, not crashed on")
    func missingProgram() throws {
        var m = try scriptRunner("gone", "exit 0\n")
        m.command = "/nonexistent/drawbridge-runner"
        guard case .unavailable(let reason) = ExternalRunnerPort(manifest: m).availability else { Issue.record("available?"); return }
        #expect(reason.contains("not found"))
    }

    @Test("the in-process server speaks the protocol for the C port")
    func server() throws {
        let s = RunnerServer(port: CPort())
        #expect(s.respond(to: "hello 1").0.first == "hello drawbridge-runner/1")
        #expect(s.respond(to: "hello 2").0.first?.hasPrefix("error") == true)
        #expect(s.respond(to: "list").0.count == 11)
        let run = s.respond(to: "run triad 65536 20240601 3 2").0
        #expect(run.first == "result triad 65536 20240601 2" && run.count == 5 && run.last == "end")
        #expect(run.dropFirst().dropLast().allSatisfy { RunnerProtocol.parseSample($0) != nil })
        #expect(s.respond(to: "verify copy 65536 20240601").0 == ["checksum copy 65536 20240601 32759.100491929705"])
        #expect(s.respond(to: "run nope 1 1 1 1").0.first?.hasPrefix("error") == true)
        #expect(s.respond(to: "quit") == (["bye"], true))
    }

    @Test("CUDA says why it is unavailable")
    func cudaUnavailable() {
        let port = CUDAPort.make(environment: ["PATH": "/nonexistent"])
        #expect(port.name == "cuda" && port.availability == .unavailable(reason: "nvcc not on PATH"))
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("kb-nvcc-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        directories.append(dir)
        let fake = dir.appendingPathComponent("nvcc")
        try? "#!/bin/sh\nexit 1\n".write(to: fake, atomically: true, encoding: .utf8)
        try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: fake.path)
        if !FileManager.default.fileExists(atPath: "/dev/nvidiactl") {
            #expect(CUDAPort.make(environment: ["PATH": dir.path]).availability == .unavailable(reason: "no CUDA device"))
        }
    }
}

/// The CUDA port's build-on-demand, exercised with a stand-in `nvcc` that "compiles" by writing a shell runner.
@Suite("CUDA port without a GPU")
struct CUDAPortBuildTests {
    static let dataDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Data")

    /// A directory holding an executable `nvcc` that logs its arguments to `nvcc.log` beside it; it refuses
    /// `-arch=native` when `refusesNative`, fails always when `broken`, else writes `goodRunner` to its `-o` path.
    static func fakeNVCC(refusesNative: Bool, broken: Bool = false) throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("kb-nvcc-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let log = dir.appendingPathComponent("nvcc.log").path
        var script = "#!/bin/sh\necho \"$*\" >> '\(log)'\n"
        if broken { script += "echo 'runner.cu(12): error: identifier \"warpSize\" is undefined' >&2\nexit 2\n" }
        if refusesNative {
            script += "case \" $* \" in *\" -arch=native \"*) echo \"nvcc fatal   : Unsupported gpu architecture 'native'\" >&2; exit 1;; esac\n"
        }
        script += "out=''; prev=''\nfor a in \"$@\"; do [ \"$prev\" = '-o' ] && out=\"$a\"; prev=\"$a\"; done\n"
        script += "cat > \"$out\" <<'RUNNER'\n#!/bin/sh\n\(goodRunner)\nRUNNER\nchmod +x \"$out\"\n"
        try script.write(to: dir.appendingPathComponent("nvcc"), atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: dir.appendingPathComponent("nvcc").path)
        return dir
    }

    static func calls(_ dir: URL) -> [String] {
        ((try? String(contentsOf: dir.appendingPathComponent("nvcc.log"), encoding: .utf8)) ?? "")
            .split(separator: "\n").map(String.init)
    }

    @Test("without nvcc, or without a device, the port says exactly why")
    func unavailableReasons() throws {
        let none = CUDAPort.make(dataDirectory: Self.dataDirectory, environment: ["PATH": "/nonexistent"])
        #expect(none.availability.reason == "nvcc not on PATH")
        if !FileManager.default.fileExists(atPath: "/dev/nvidia0"), !FileManager.default.fileExists(atPath: "/dev/nvidiactl") {
            let nvcc = try Self.fakeNVCC(refusesNative: false)
            defer { try? FileManager.default.removeItem(at: nvcc) }
            let port = CUDAPort.make(dataDirectory: Self.dataDirectory, environment: ["PATH": nvcc.path])
            #expect(port.availability.reason == "no CUDA device")
            #expect(Self.calls(nvcc).isEmpty)
        }
    }

    @Test("the runner is built once into the cache, retrying without -arch=native, then driven over the protocol")
    func buildsOnceAndRuns() throws {
        let nvcc = try Self.fakeNVCC(refusesNative: true)
        defer { try? FileManager.default.removeItem(at: nvcc) }
        let cache = FileManager.default.temporaryDirectory.appendingPathComponent("kb-cuda-cache-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: nvcc); try? FileManager.default.removeItem(at: cache) }
        let environment = ["PATH": nvcc.path, "DRAWBRIDGE_CUDA_ASSUME_DEVICE": "1"]
        let port = CUDAPort.make(dataDirectory: Self.dataDirectory, cacheDirectory: cache, environment: environment)
        #expect(port.availability.isAvailable, "\(port.availability.reason ?? "")")
        #expect(port.supportedKernels == [.copy])
        let calls = Self.calls(nvcc)
        #expect(calls.count == 2)
        #expect(calls.first?.contains("-arch=native") == true && calls.last?.contains("-arch=native") == false)
        #expect(calls.last?.contains("-O3 -std=c++17 -o ") == true && calls.last?.hasSuffix("kernels/cuda/runner.cu") == true)
        let spec = try #require(KernelSuite.standard.spec(.copy))
        let prepared = try port.prepare(spec: spec, size: spec.sizes[0], inputs: KernelInputs(spec: spec, size: spec.sizes[0]))
        defer { prepared.close() }
        #expect(try prepared.run(reps: 2) == 1500.5 * 2)
        // The same source is not compiled again.
        _ = CUDAPort.make(dataDirectory: Self.dataDirectory, cacheDirectory: cache, environment: environment)
        #expect(Self.calls(nvcc).count == 2)
    }

    @Test("a failing nvcc makes the port unavailable with the compiler's first lines")
    func compilerErrorsAreTheReason() throws {
        let nvcc = try Self.fakeNVCC(refusesNative: false, broken: true)
        defer { try? FileManager.default.removeItem(at: nvcc) }
        let cache = FileManager.default.temporaryDirectory.appendingPathComponent("kb-cuda-cache-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: nvcc); try? FileManager.default.removeItem(at: cache) }
        let port = CUDAPort.make(dataDirectory: Self.dataDirectory, cacheDirectory: cache,
                                 environment: ["PATH": nvcc.path, "DRAWBRIDGE_CUDA_ASSUME_DEVICE": "1"])
        #expect(port.availability.reason?.hasPrefix("nvcc failed: runner.cu(12): error: identifier \"warpSize\" is undefined") == true,
                "\(port.availability.reason ?? "")")
    }
}

private extension PortAvailability {
    /// The reason an unavailable port gives; nil when available.
    var reason: String? {
        if case let .unavailable(reason) = self { return reason }
        return nil
    }
}
