/// What a kernel is: its size ladder, the work per call, and how its output is checked.
public struct KernelSpec: Sendable, Hashable {
    /// The kernel.
    public var id: KernelID
    /// One line describing the operation.
    public var summary: String
    /// The problem-size ladder, smallest first.
    public var sizes: [ProblemSize]
    /// Whether the output holds floats or 32-bit unsigned integers.
    public var output: ElementKind
    /// The roof that bounds this kernel (memory bandwidth or FMA throughput).
    public var bound: Roof
    /// Largest accepted `|checksum - reference| / reference magnitude`.
    public var tolerance: Double
    /// Why the tolerance is what it is.
    public var toleranceNote: String

    /// The element type of a kernel's output.
    public enum ElementKind: String, Sendable, Codable, Hashable {
        /// 32-bit floats.
        case float32
        /// 32-bit unsigned integers.
        case uint32
    }

    /// The machine limit a kernel is judged against.
    public enum Roof: String, Sendable, Codable, Hashable {
        /// Memory bandwidth (STREAM triad).
        case memory
        /// Arithmetic throughput (FMA peak).
        case compute
    }

    /// The size rung with this label (case-insensitive), if any.
    public func size(_ label: String) -> ProblemSize? {
        sizes.first { $0.label.lowercased() == label.lowercased() }
    }

    /// Bytes a call must move at least (each input read once, each output written once).
    public func bytes(_ size: ProblemSize) -> Double {
        let d = size.dims.map(Double.init)
        let n = d[0], m = d.count > 1 ? d[1] : d[0]
        switch id {
        case .copy, .dot: return 8 * n
        case .triad: return 12 * n
        case .transpose, .softmax: return 8 * n * m
        case .sgemm: return 12 * n * n
        case .layernorm: return 8 * n * m + 8 * m
        case .stencil: return 8 * n * n
        case .histogram: return 4 * n + 1024
        case .scan: return 8 * n
        }
    }

    /// Floating-point (or integer-add, for scan) operations per call; exp counts as one.
    public func flops(_ size: ProblemSize) -> Double {
        let d = size.dims.map(Double.init)
        let n = d[0], m = d.count > 1 ? d[1] : d[0]
        switch id {
        case .copy, .transpose, .histogram: return 0
        case .triad, .dot: return 2 * n
        case .sgemm: return 2 * n * n * n
        case .softmax: return 5 * n * m
        case .layernorm: return 8 * n * m
        case .stencil: return 6 * n * n
        case .scan: return n
        }
    }

    /// Number of elements in the output array.
    public func outputCount(_ size: ProblemSize) -> Int {
        let d = size.dims
        switch id {
        case .dot: return 1
        case .histogram: return 256
        case .sgemm, .stencil: return d[0] * d[0]
        case .transpose, .softmax, .layernorm: return d[0] * (d.count > 1 ? d[1] : d[0])
        case .copy, .triad, .scan: return d[0]
        }
    }
}
