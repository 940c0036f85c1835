import Foundation

/// A port implemented by an external program speaking the runner protocol.
public final class ExternalRunnerPort: ProcessBackedPort {
    /// The manifest's name.
    public let name: String
    /// The manifest it was started from.
    public let manifest: RunnerManifest
    private let client: Result<RunnerClient, BenchError>
    private let kernels: Set<KernelID>

    /// Starts the runner and asks for its kernels; failures become the port's unavailability.
    public init(manifest: RunnerManifest) {
        name = manifest.name
        self.manifest = manifest
        var found: Set<KernelID> = []
        do {
            let c = try RunnerClient(manifest: manifest)
            for k in try c.list() { if let id = KernelID(rawValue: k.kernel) { found.insert(id) } }
            client = .success(c)
        } catch {
            client = .failure(error)
        }
        kernels = found
    }

    deinit {
        if case .success(let c) = client { c.close() }
    }

    /// Starts another process of the same runner (handshake and listing included).
    public func startProcess() throws(BenchError) -> any ProcessBackedPort {
        let fresh = ExternalRunnerPort(manifest: manifest)
        if case .failure(let error) = fresh.client { throw error }
        return fresh
    }

    /// Asks the runner to quit and makes sure its process is gone.
    public func stopProcess() {
        if case .success(let c) = client { c.close() }
    }

    /// Available with the runner's device line, or why not.
    public var availability: PortAvailability {
        switch client {
        case .success(let c):
            let device = c.hello.info["device"] ?? "unknown device"
            return .available(detail: "runner \(manifest.command): \(device)")
        case .failure(let error):
            if case .runner(let r) = error { return .unavailable(reason: r.description) }
            return .unavailable(reason: error.description)
        }
    }

    /// The suite kernels the runner listed.
    public var supportedKernels: Set<KernelID> { kernels }

    /// What the runner said about itself in the handshake.
    public var info: [String: String] {
        if case .success(let c) = client { return c.hello.info }
        return [:]
    }

    /// Binds a kernel and size; the runner generates its own inputs from the shared seed.
    public func prepare(spec: KernelSpec, size: ProblemSize, inputs: KernelInputs) throws(BenchError)
        -> any PreparedKernel
    {
        switch client {
        case .failure(let error): throw error
        case .success(let c): return ExternalRunnerKernel(client: c, kernel: spec.id.rawValue, dims: size.dims, seed: inputs.seed)
        }
    }
}

/// One kernel and size on an external runner; each timing request yields one sample.
final class ExternalRunnerKernel: PreparedKernel {
    private let client: RunnerClient
    private let kernel: String
    private let dims: [Int]
    private let seed: UInt64

    init(client: RunnerClient, kernel: String, dims: [Int], seed: UInt64) {
        self.client = client
        self.kernel = kernel
        self.dims = dims
        self.seed = seed
    }

    func run(reps: Int) throws(BenchError) -> Double {
        let r = max(1, reps)
        let samples = try client.run(kernel: kernel, dims: dims, seed: seed, samples: 1, reps: r)
        return samples[0] * Double(r)
    }

    /// One request for all `count` timings, so the runner takes them back to back.
    func runBatches(reps: Int, count: Int) throws(BenchError) -> [Double] {
        let r = max(1, reps)
        return try client.run(kernel: kernel, dims: dims, seed: seed, samples: max(1, count), reps: r).map { $0 * Double(r) }
    }

    func checksum() throws(BenchError) -> Double {
        try client.verify(kernel: kernel, dims: dims, seed: seed)
    }

    func output() throws(BenchError) -> KernelOutput? { nil }

    func close() {}
}
