/// Whether a port can run here; when not, the exact reason shown to the user.
public enum PortAvailability: Sendable, Equatable, Codable {
    /// Ready; `detail` names the device or toolchain.
    case available(detail: String)
    /// Not usable here, with the reason (e.g. "no OpenCL platform found").
    case unavailable(reason: String)

    /// Whether the port can run.
    public var isAvailable: Bool {
        if case .available = self { return true }
        return false
    }
}

/// An implementation of the kernel suite that the harness can time.
public protocol BenchPort: AnyObject, Sendable {
    /// The port's name (`c`, `opencl`, `cuda`, or an external runner's name).
    var name: String { get }
    /// Whether it can run here and on what.
    var availability: PortAvailability { get }
    /// Kernels the port implements.
    var supportedKernels: Set<KernelID> { get }
    /// Allocates, uploads inputs and compiles whatever the kernel needs, outside any timing.
    func prepare(spec: KernelSpec, size: ProblemSize, inputs: KernelInputs) throws(BenchError)
        -> any PreparedKernel
}

/// One kernel at one size, ready to be timed; used from one thread at a time.
public protocol PreparedKernel: AnyObject {
    /// Runs `reps` calls back to back and returns their total nanoseconds by the port's clock.
    func run(reps: Int) throws(BenchError) -> Double
    /// `count` timings of `reps` back-to-back calls each, taken back to back.
    func runBatches(reps: Int, count: Int) throws(BenchError) -> [Double]
    /// The checksum of the output of one fresh call.
    func checksum() throws(BenchError) -> Double
    /// The whole output of one fresh call, where the port can return it (nil otherwise).
    func output() throws(BenchError) -> KernelOutput?
    /// Frees what `prepare` allocated.
    func close()
}

extension PreparedKernel {
    /// Calls `run(reps:)` `count` times.
    public func runBatches(reps: Int, count: Int) throws(BenchError) -> [Double] {
        var out: [Double] = []
        for _ in 0..<max(1, count) { out.append(try run(reps: reps)) }
        return out
    }
}

/// A port whose kernels run in a process of their own (an external runner), which can be
/// started afresh: the level at which much of the variance of its timings lives.
public protocol ProcessBackedPort: BenchPort {
    /// Starts a new, independent process of the same program, ready to prepare kernels.
    func startProcess() throws(BenchError) -> any ProcessBackedPort
    /// Ends this port's process (asking it to quit first).
    func stopProcess()
}
