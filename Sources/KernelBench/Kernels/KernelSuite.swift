/// The kernel suite: every kernel's specification, in listing order.
public struct KernelSuite: Sendable {
    /// All kernel specifications.
    public let specs: [KernelSpec]

    /// The standard suite.
    public static let standard = KernelSuite(specs: KernelID.allCases.map(KernelSuite.spec(for:)))

    /// Creates a suite from explicit specifications (tests use reduced ladders).
    public init(specs: [KernelSpec]) {
        self.specs = specs
    }

    /// The specification of one kernel.
    public func spec(_ id: KernelID) -> KernelSpec? {
        specs.first { $0.id == id }
    }

    /// Looks a kernel up by name, case-insensitive.
    public func spec(named name: String) -> KernelSpec? {
        KernelID(rawValue: name.lowercased()).flatMap(spec)
    }

    private static func ladder(_ s: [Int], _ m: [Int], _ l: [Int]) -> [ProblemSize] {
        [ProblemSize(label: "S", dims: s), ProblemSize(label: "M", dims: m),
         ProblemSize(label: "L", dims: l)]
    }

    // Vector rungs: S fits in L2, M in L3, L (64 MiB per array) spills every cache here.
    private static let vector = ladder([1 << 16], [1 << 20], [1 << 24])
    private static let exactNote = "exact: only the order of the double checksum sum may differ"

    static func spec(for id: KernelID) -> KernelSpec {
        switch id {
        case .copy:
            return KernelSpec(id: id, summary: "b[i] = a[i]", sizes: vector, output: .float32,
                              bound: .memory, tolerance: 1e-9, toleranceNote: exactNote)
        case .triad:
            return KernelSpec(id: id, summary: "a[i] = b[i] + 3 * c[i]", sizes: vector,
                              output: .float32, bound: .memory, tolerance: 1e-6,
                              toleranceNote: "one rounding per element; fused or not")
        case .dot:
            return KernelSpec(id: id, summary: "sum of a[i] * b[i]", sizes: vector,
                              output: .float32, bound: .memory, tolerance: 1e-5,
                              toleranceNote: "float partial sums in any order over positive terms")
        case .transpose:
            return KernelSpec(id: id, summary: "out[c][r] = in[r][c]",
                              sizes: ladder([256, 256], [1024, 1024], [4096, 4096]),
                              output: .float32, bound: .memory, tolerance: 1e-9,
                              toleranceNote: exactNote)
        case .sgemm:
            return KernelSpec(id: id, summary: "C = A * B, square, row-major",
                              sizes: ladder([128], [256], [768]), output: .float32,
                              bound: .compute, tolerance: 1e-5,
                              toleranceNote: "n-term float dot products over positive terms")
        case .softmax:
            return KernelSpec(id: id, summary: "stable softmax of each row",
                              sizes: ladder([256, 256], [1024, 1024], [4096, 2048]),
                              output: .float32, bound: .memory, tolerance: 1e-5,
                              toleranceNote: "exp differs by a few ulp between math libraries")
        case .layernorm:
            return KernelSpec(id: id, summary: "(x - mean) / sqrt(var + 1e-5) * gamma + beta",
                              sizes: ladder([256, 256], [1024, 1024], [4096, 2048]),
                              output: .float32, bound: .memory, tolerance: 1e-5,
                              toleranceNote: "row sums in float in any order")
        case .stencil:
            return KernelSpec(id: id, summary: "0.5 * centre + 0.125 * (4 neighbours), n x n",
                              sizes: ladder([256], [1024], [4096]), output: .float32,
                              bound: .memory, tolerance: 1e-6,
                              toleranceNote: "fused or separate multiply-add per point")
        case .histogram:
            return KernelSpec(id: id, summary: "256 bins of the low byte, atomics", sizes: vector,
                              output: .uint32, bound: .memory, tolerance: 1e-9,
                              toleranceNote: exactNote)
        case .scan:
            return KernelSpec(id: id, summary: "inclusive prefix sum of uint32", sizes: vector,
                              output: .uint32, bound: .memory, tolerance: 1e-9,
                              toleranceNote: exactNote)
        }
    }
}
