import Foundation

/// The harness side of the runner protocol over one runner process.
final class RunnerClient: @unchecked Sendable {
    let process: RunnerProcess
    let hello: RunnerProtocol.Hello
    private let lock = NSLock()

    var name: String { process.manifest.name }

    /// Starts the runner and performs the handshake.
    init(manifest: RunnerManifest) throws(BenchError) {
        process = try RunnerProcess(manifest: manifest)
        do throws(BenchError) {
            try process.send("hello \(RunnerProtocol.version)")
            let first = try process.receive(waitingFor: "greeting 'hello \(RunnerProtocol.magic)/\(RunnerProtocol.version)'")
            if let message = RunnerProtocol.parseError(first) {
                throw BenchError.runner(.reported(runner: manifest.name, request: "hello", message: message))
            }
            guard let version = RunnerProtocol.parseGreeting(first) else {
                throw BenchError.runner(.garbage(runner: manifest.name, line: first,
                                                 expected: "'hello \(RunnerProtocol.magic)/\(RunnerProtocol.version)'"))
            }
            guard version == RunnerProtocol.version else {
                throw BenchError.runner(.versionMismatch(runner: manifest.name, offered: first, supported: RunnerProtocol.version))
            }
            var info: [String: String] = [:]
            while true {
                let line = try process.receive(waitingFor: "'info' lines or 'end'")
                if line == "end" { break }
                guard let (k, v) = RunnerProtocol.parseInfo(line) else {
                    throw BenchError.runner(.garbage(runner: manifest.name, line: line, expected: "'info KEY VALUE' or 'end'"))
                }
                info[k] = v
            }
            hello = RunnerProtocol.Hello(version: version, info: info)
        } catch {
            process.stop()
            throw error
        }
    }

    /// The kernels and sizes the runner offers.
    func list() throws(BenchError) -> [RunnerProtocol.Listing] {
        lock.lock()
        defer { lock.unlock() }
        try process.send("list")
        var out: [RunnerProtocol.Listing] = []
        while true {
            let line = try process.receive(waitingFor: "'kernel' lines or 'end'")
            if line == "end" { return out }
            if let message = RunnerProtocol.parseError(line) {
                throw BenchError.runner(.reported(runner: name, request: "list", message: message))
            }
            guard let k = RunnerProtocol.parseKernel(line) else {
                throw BenchError.runner(.garbage(runner: name, line: line, expected: "'kernel NAME LABEL=DIMS...' or 'end'"))
            }
            out.append(k)
        }
    }

    /// Per-call nanoseconds of `samples` samples of `reps` back-to-back calls each.
    func run(kernel: String, dims: [Int], seed: UInt64, samples: Int, reps: Int) throws(BenchError) -> [Double] {
        lock.lock()
        defer { lock.unlock() }
        let dimsText = dims.map(String.init).joined(separator: "x")
        let request = "run \(kernel) \(dimsText) \(seed) \(samples) \(reps)"
        try process.send(request)
        let header = try process.receive(waitingFor: "'result' for '\(request)'")
        if let message = RunnerProtocol.parseError(header) {
            throw BenchError.runner(.reported(runner: name, request: request, message: message))
        }
        guard let h = RunnerProtocol.parseResultHeader(header), h.kernel == kernel, h.dims == dims, h.seed == seed,
              h.reps == reps else {
            throw BenchError.runner(.garbage(runner: name, line: header, expected: "'result \(kernel) \(dimsText) \(seed) \(reps)'"))
        }
        var out: [Double] = []
        while true {
            let line = try process.receive(waitingFor: "'sample NS' or 'end'")
            if line == "end" { break }
            if let message = RunnerProtocol.parseError(line) {
                throw BenchError.runner(.reported(runner: name, request: request, message: message))
            }
            guard let v = RunnerProtocol.parseSample(line) else {
                throw BenchError.runner(.garbage(runner: name, line: line, expected: "'sample NS' (a positive number) or 'end'"))
            }
            out.append(v)
        }
        guard out.count == samples else {
            throw BenchError.runner(.garbage(runner: name, line: "end", expected: "\(samples) samples, got \(out.count)"))
        }
        return out
    }

    /// The checksum of one call's output.
    func verify(kernel: String, dims: [Int], seed: UInt64) throws(BenchError) -> Double {
        lock.lock()
        defer { lock.unlock() }
        let dimsText = dims.map(String.init).joined(separator: "x")
        let request = "verify \(kernel) \(dimsText) \(seed)"
        try process.send(request)
        let line = try process.receive(waitingFor: "'checksum' for '\(request)'")
        if let message = RunnerProtocol.parseError(line) {
            throw BenchError.runner(.reported(runner: name, request: request, message: message))
        }
        guard let c = RunnerProtocol.parseChecksum(line), c.kernel == kernel, c.dims == dims, c.seed == seed else {
            throw BenchError.runner(.garbage(runner: name, line: line, expected: "'checksum \(kernel) \(dimsText) \(seed) VALUE'"))
        }
        return c.value
    }

    /// Ends the session.
    func close() {
        process.close()
    }
}
