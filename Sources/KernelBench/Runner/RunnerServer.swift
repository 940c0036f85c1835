import Foundation

/// Serves the runner protocol for an in-process port, so a machine without the full tool can
/// record a transcript, and so the protocol can be exercised end to end against `c`.
public final class RunnerServer {
    private let port: any BenchPort
    private let suite: KernelSuite
    private var prepared: [String: any PreparedKernel] = [:]

    /// Serves `port`'s kernels.
    public init(port: any BenchPort, suite: KernelSuite = .standard) {
        self.port = port
        self.suite = suite
    }

    /// Reads requests until `quit` or end of input, writing replies.
    public func serve(input: FileHandle, output: FileHandle) {
        // Serving the reference port pins the serving thread for the whole session (it only
        // reads requests and calls kernels, and starts nothing that would inherit the pin), so
        // it stays on its CPU between samples as well.
        guard let pool = (port as? CPort)?.pool else { return serveRequests(input: input, output: output) }
        pool.withPinnedCaller { serveRequests(input: input, output: output) }
    }

    private func serveRequests(input: FileHandle, output: FileHandle) {
        var pending = Data()
        func emit(_ lines: [String]) {
            output.write(Data((lines.joined(separator: "\n") + "\n").utf8))
        }
        while true {
            let chunk = input.availableData
            if chunk.isEmpty { break }
            pending.append(chunk)
            while let nl = pending.firstIndex(of: 10) {
                let line = String(decoding: pending[pending.startIndex..<nl], as: UTF8.self)
                pending.removeSubrange(pending.startIndex...nl)
                let (reply, quit) = respond(to: line.trimmingCharacters(in: .whitespaces))
                emit(reply)
                if quit { return }
            }
        }
    }

    /// The reply lines for one request, and whether the session ends.
    public func respond(to request: String) -> ([String], Bool) {
        let p = request.split(separator: " ").map(String.init)
        guard let verb = p.first else { return (["error empty request"], false) }
        switch verb {
        case "hello":
            guard p.count == 2, Int(p[1]) == RunnerProtocol.version else {
                return (["error unsupported protocol version '\(p.dropFirst().joined(separator: " "))'; this runner speaks \(RunnerProtocol.version)"], false)
            }
            var lines = ["hello \(RunnerProtocol.magic)/\(RunnerProtocol.version)", "info name \(port.name)"]
            if case .available(let detail) = port.availability { lines.append("info device \(detail)") }
            let m = MachineDescription.current()
            lines.append("info host \(m.cpu), \(m.cores) cores, \(m.os)")
            return (lines + ["end"], false)
        case "list":
            var lines: [String] = []
            for spec in suite.specs where port.supportedKernels.contains(spec.id) {
                lines.append("kernel \(spec.id.rawValue) " + spec.sizes.map { "\($0.label)=\($0.dimsText)" }.joined(separator: " "))
            }
            return (lines + ["end"], false)
        case "run":
            guard p.count == 6, let seed = UInt64(p[3]), let samples = Int(p[4]), let reps = Int(p[5]),
                  samples > 0, samples <= 100_000, reps > 0, reps <= 10_000_000 else {
                return (["error usage: run KERNEL DIMS SEED SAMPLES REPS"], false)
            }
            do {
                let k = try kernel(p[1], p[2], seed)
                var lines = ["result \(p[1]) \(p[2]) \(seed) \(reps)"]
                for _ in 0..<samples { lines.append("sample \(try k.run(reps: reps) / Double(reps))") }
                return (lines + ["end"], false)
            } catch {
                return (["error \(error.description)"], false)
            }
        case "verify":
            guard p.count == 4, let seed = UInt64(p[3]) else { return (["error usage: verify KERNEL DIMS SEED"], false) }
            do {
                let k = try kernel(p[1], p[2], seed)
                return (["checksum \(p[1]) \(p[2]) \(seed) \(try k.checksum())"], false)
            } catch {
                return (["error \(error.description)"], false)
            }
        case "quit":
            for k in prepared.values { k.close() }
            prepared = [:]
            return (["bye"], true)
        default:
            return (["error unknown request '\(RunnerError.clip(verb))'"], false)
        }
    }

    private func kernel(_ name: String, _ dimsText: String, _ seed: UInt64) throws(BenchError) -> any PreparedKernel {
        let key = "\(name) \(dimsText) \(seed)"
        if let k = prepared[key] { return k }
        guard let spec = suite.spec(named: name) else { throw BenchError.unknownKernel(name) }
        guard let dims = ProblemSize.parseDims(Substring(dimsText)), dims.count == spec.sizes[0].dims.count else {
            throw BenchError.invalidSettings("bad dimensions '\(dimsText)' for \(name)")
        }
        let size = ProblemSize(label: spec.sizes.first { $0.dims == dims }?.label ?? "custom", dims: dims)
        let k = try port.prepare(spec: spec, size: size, inputs: KernelInputs(spec: spec, size: size, seed: seed))
        // One prepared kernel at a time keeps memory bounded on a long session.
        for old in prepared.values { old.close() }
        prepared = [key: k]
        return k
    }
}
