/// Validates an external runner against the protocol and the reference results.
public struct RunnerCheck: Sendable {
    /// One checked step.
    public struct Step: Sendable, Codable {
        /// What was checked.
        public var name: String
        /// Whether it passed.
        public var passed: Bool
        /// Details or the error.
        public var detail: String
    }

    /// The steps in order.
    public var steps: [Step]

    /// Whether every step passed.
    public var passed: Bool { steps.allSatisfy(\.passed) }

    /// A readable report, one step a line.
    public var text: String {
        steps.map { "\($0.passed ? "ok  " : "FAIL") \($0.name): \(RunnerError.clip($0.detail))" }.joined(separator: "\n")
            + "\n" + (passed ? "runner passes" : "runner fails") + "\n"
    }

    /// Starts the runner, checks the handshake and listing, then for each suite kernel it
    /// lists: the checksum at the smallest size against the `c` reference, and a short run.
    public static func run(manifest: RunnerManifest, suite: KernelSuite = .standard,
                           reference: any BenchPort = CPort()) -> RunnerCheck {
        var steps: [Step] = []
        let client: RunnerClient
        do {
            client = try RunnerClient(manifest: manifest)
        } catch {
            return RunnerCheck(steps: [Step(name: "handshake", passed: false, detail: error.description)])
        }
        defer { client.close() }
        let info = client.hello.info.map { "\($0.key)=\($0.value)" }.sorted().joined(separator: ", ")
        steps.append(Step(name: "handshake", passed: true, detail: "protocol \(client.hello.version); \(info)"))
        let listing: [RunnerProtocol.Listing]
        do {
            listing = try client.list()
        } catch {
            return RunnerCheck(steps: steps + [Step(name: "list", passed: false, detail: error.description)])
        }
        let known = listing.filter { KernelID(rawValue: $0.kernel) != nil }
        steps.append(Step(name: "list", passed: !known.isEmpty,
                          detail: "\(listing.count) kernels, \(known.count) from the suite: " + known.map(\.kernel).joined(separator: " ")))
        for entry in known {
            guard let spec = suite.spec(named: entry.kernel) else { continue }
            let size = spec.sizes[0]
            do {
                let inputs = try KernelInputs(spec: spec, size: size)
                let ref = try reference.prepare(spec: spec, size: size, inputs: inputs)
                defer { ref.close() }
                guard let expected = try ref.output()?.checksum else { continue }
                let got = try client.verify(kernel: entry.kernel, dims: size.dims, seed: inputs.seed)
                let err = expected.relativeError(of: got)
                steps.append(Step(name: "\(entry.kernel) \(size.label) checksum", passed: err <= spec.tolerance,
                                  detail: "got \(got), reference \(expected.value), relative error \(err), tolerance \(spec.tolerance)"))
                let samples = try client.run(kernel: entry.kernel, dims: size.dims, seed: inputs.seed, samples: 3, reps: 1)
                steps.append(Step(name: "\(entry.kernel) \(size.label) run", passed: true,
                                  detail: "3 samples, median \(TableReportWriter.duration(Quantiles.median(samples)))"))
            } catch {
                steps.append(Step(name: "\(entry.kernel) \(size.label)", passed: false, detail: error.description))
            }
        }
        return RunnerCheck(steps: steps)
    }
}
