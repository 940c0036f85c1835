/// The reference port: the C kernels compiled into the binary, parallel over a worker pool.
public final class CPort: BenchPort {
    /// Always `c`.
    public let name = "c"
    /// The pool the kernels run on.
    public let pool: WorkerPool

    /// Creates the port on a pool (default: one worker per core).
    public init(pool: WorkerPool = .shared) {
        self.pool = pool
    }

    /// Always available; names the worker count.
    public var availability: PortAvailability {
        .available(detail: "C reference, \(pool.size) worker thread\(pool.size == 1 ? "" : "s")")
    }

    /// Every kernel of the suite.
    public var supportedKernels: Set<KernelID> { Set(KernelID.allCases) }

    /// Copies the inputs into buffers the prepared kernel owns.
    public func prepare(spec: KernelSpec, size: ProblemSize, inputs: KernelInputs) throws(BenchError)
        -> any PreparedKernel
    {
        try CPortKernel(spec: spec, size: size, inputs: inputs, pool: pool)
    }
}
