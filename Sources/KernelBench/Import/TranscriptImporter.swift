import Foundation

/// Reads a saved runner-protocol transcript (the runner's replies, optionally `< `-prefixed).
enum TranscriptImporter {
    static func read(_ text: String, source: String, map: KernelNameMap) throws(ImportError) -> ImportedRun {
        var info: [String: String] = [:]
        var run = ImportedRun(machine: MachineDescription(hostname: "unknown", cpu: "unknown", cores: 0, os: "unknown"))
        var current: (kernel: String, dims: [Int], seed: UInt64, samples: [Double])?
        var checksums: [String: Double] = [:]
        var order: [(kernel: String, dims: [Int], seed: UInt64, samples: [Double])] = []
        var greeted = false
        let lines = TextLines.split(text)
        for (i, raw) in lines.enumerated() {
            var line = raw.trimmingCharacters(in: .whitespaces)
            if line.hasPrefix("> ") { continue }  // requests, when both directions were saved
            if line.hasPrefix("< ") { line = String(line.dropFirst(2)) }
            if line.isEmpty || line.hasPrefix("#") || line == "bye" { continue }
            func bad(_ d: String) -> ImportError { .badTranscript(source: source, line: i + 1, detail: d) }
            if !greeted {
                guard let v = RunnerProtocol.parseGreeting(line) else { throw bad("expected the greeting 'hello \(RunnerProtocol.magic)/1'") }
                guard v == RunnerProtocol.version else { throw bad("protocol version \(v) is not supported") }
                greeted = true
                continue
            }
            if let (k, v) = RunnerProtocol.parseInfo(line) { info[k] = String(v.prefix(200)); continue }
            if line == "end" {
                if let c = current { order.append(c) }
                current = nil
                continue
            }
            if line.hasPrefix("kernel ") { continue }
            if let h = RunnerProtocol.parseResultHeader(line) { current = (h.kernel, h.dims, h.seed, []); continue }
            if let s = RunnerProtocol.parseSample(line) {
                guard current != nil else { throw bad("'sample' outside a 'result' block") }
                current!.samples.append(s)
                continue
            }
            if let c = RunnerProtocol.parseChecksum(line) {
                checksums["\(c.kernel) \(c.dims) \(c.seed)"] = c.value
                continue
            }
            if let message = RunnerProtocol.parseError(line) {
                run.failures.append(KernelFailure(kernel: current?.kernel ?? "-", size: "-", port: "", message: message, wrongResult: false))
                current = nil
                continue
            }
            throw bad("not a protocol line: '\(RunnerError.clip(line))'")
        }
        if current != nil { throw ImportError.badTranscript(source: source, line: (lines.lastIndex { !$0.isEmpty } ?? 0) + 1, detail: "truncated: 'result' block without 'end'") }
        guard greeted else { throw ImportError.badTranscript(source: source, line: 1, detail: "no greeting") }
        run.machine = MachineDescription(hostname: "unknown", cpu: info["host"] ?? "unknown", cores: 0, os: "unknown",
                                         devices: [info["device"]].compactMap { $0 })
        let references = TranscriptVerifier.References()
        for (kernel, dims, seed, samples) in order where !samples.isEmpty {
            let spec = KernelSuite.standard.spec(named: kernel)
            let label = spec?.sizes.first { $0.dims == dims }?.label ?? dims.map(String.init).joined(separator: "x")
            let (k, s) = map.resolve(kernel, defaultSize: label)
            var result = ImportedRun.result(kernel: k, size: s, dims: dims, samples: samples,
                                            checksum: checksums["\(kernel) \(dims) \(seed)"] ?? .nan)
            switch TranscriptVerifier.verify(kernel: k, dims: dims, seed: seed, checksum: result.checksum, references: references) {
            case .unverified:
                run.unverified += 1
            case let .agrees(error):
                result.checksumError = error
                run.verified += 1
            case let .wrong(message):
                // Like `bench run`: a port that computes the wrong answer is reported, never timed as if right.
                run.failures.append(KernelFailure(kernel: k, size: s, port: "", message: message, wrongResult: true))
                continue
            }
            run.results.append(result)
        }
        return run
    }
}
