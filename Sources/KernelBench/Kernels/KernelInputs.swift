import CKernels

/// The deterministic inputs of one kernel at one size, generated once and shared read-only.
public struct KernelInputs: Sendable {
    /// The kernel's float input arrays in the order the kernel takes them.
    public let floats: [AlignedBuffer<Float>]
    /// The kernel's integer input arrays.
    public let words: [AlignedBuffer<UInt32>]
    /// The seed everything was generated from.
    public let seed: UInt64

    /// Triad's scalar.
    public static let triadScale: Float = 3
    /// Stencil weight of the centre point.
    public static let stencilCentre: Float = 0.5
    /// Stencil weight of each neighbour.
    public static let stencilNeighbour: Float = 0.125
    /// Layernorm's epsilon.
    public static let layernormEpsilon: Float = 1e-5
    /// The default session seed.
    public static let defaultSeed: UInt64 = 20_240_601

    /// Generates the inputs of `spec` at `size` (recipe documented in the runner protocol).
    public init(spec: KernelSpec, size: ProblemSize, seed: UInt64 = KernelInputs.defaultSeed,
                pool: WorkerPool = .shared) throws(BenchError) {
        self.seed = seed
        let d = size.dims
        let n = d[0], m = d.count > 1 ? d[1] : d[0]
        func uniform(_ count: Int, _ stream: UInt32, _ scale: Float, _ offset: Float)
            throws(BenchError) -> AlignedBuffer<Float>
        {
            let b = try AlignedBuffer<Float>(count: count)
            ck_fill_uniform(pool.handle, b.base, count, seed, stream, scale, offset)
            return b
        }
        func bits(_ count: Int, _ stream: UInt32, _ width: Int32) throws(BenchError)
            -> AlignedBuffer<UInt32>
        {
            let b = try AlignedBuffer<UInt32>(count: count)
            ck_fill_bits(pool.handle, b.base, count, seed, stream, width)
            return b
        }
        switch spec.id {
        case .copy, .transpose:
            floats = [try uniform(n * (spec.id == .copy ? 1 : m), 1, 1, 0)]
            words = []
        case .triad, .dot:
            floats = [try uniform(n, 1, 1, 0), try uniform(n, 2, 1, 0)]
            words = []
        case .sgemm:
            floats = [try uniform(n * n, 1, 1, 0), try uniform(n * n, 2, 1, 0)]
            words = []
        case .softmax:
            floats = [try uniform(n * m, 1, 8, -4)]
            words = []
        case .layernorm:
            floats = [try uniform(n * m, 1, 8, -4), try uniform(m, 2, 1, 0.5),
                      try uniform(m, 3, 1, -0.5)]
            words = []
        case .stencil:
            floats = [try uniform(n * n, 1, 1, 0)]
            words = []
        case .histogram:
            floats = []
            words = [try bits(n, 1, 32)]
        case .scan:
            floats = []
            words = [try bits(n, 1, 2)]
        }
    }
}
