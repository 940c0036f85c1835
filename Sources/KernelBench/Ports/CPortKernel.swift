import CKernels

/// One C kernel with its own copies of the inputs and its own output buffer.
final class CPortKernel: PreparedKernel {
    private let spec: KernelSpec
    private let dims: [Int]
    private let pool: WorkerPool
    private let floats: [AlignedBuffer<Float>]
    private let words: [AlignedBuffer<UInt32>]
    private let outFloat: AlignedBuffer<Float>?
    private let outWords: AlignedBuffer<UInt32>?
    private var dotResult: Double = 0

    init(spec: KernelSpec, size: ProblemSize, inputs: KernelInputs, pool: WorkerPool) throws(BenchError) {
        self.spec = spec
        self.pool = pool
        dims = size.dims
        var f: [AlignedBuffer<Float>] = []
        for src in inputs.floats {
            let b = try AlignedBuffer<Float>(count: src.count)
            b.copy(from: src)
            f.append(b)
        }
        var w: [AlignedBuffer<UInt32>] = []
        for src in inputs.words {
            let b = try AlignedBuffer<UInt32>(count: src.count)
            b.copy(from: src)
            w.append(b)
        }
        floats = f
        words = w
        let count = spec.outputCount(size)
        switch spec.output {
        case .float32:
            outFloat = try AlignedBuffer<Float>(count: count)
            outWords = nil
        case .uint32:
            outFloat = nil
            outWords = try AlignedBuffer<UInt32>(count: count)
        }
    }

    private func callOnce() {
        let p = pool.handle
        let n = dims[0], m = dims.count > 1 ? dims[1] : dims[0]
        switch spec.id {
        case .copy: ck_copy(p, floats[0].base, outFloat!.base, n)
        case .triad: ck_triad(p, outFloat!.base, floats[0].base, floats[1].base, KernelInputs.triadScale, n)
        case .dot: dotResult = ck_dot(p, floats[0].base, floats[1].base, n)
        case .transpose: ck_transpose(p, floats[0].base, outFloat!.base, n, m)
        case .sgemm: ck_sgemm(p, floats[0].base, floats[1].base, outFloat!.base, n)
        case .softmax: ck_softmax(p, floats[0].base, outFloat!.base, n, m)
        case .layernorm:
            ck_layernorm(p, floats[0].base, floats[1].base, floats[2].base, outFloat!.base, n, m,
                         KernelInputs.layernormEpsilon)
        case .stencil:
            ck_stencil(p, floats[0].base, outFloat!.base, n, KernelInputs.stencilCentre,
                       KernelInputs.stencilNeighbour)
        case .histogram: ck_histogram(p, words[0].base, n, outWords!.base)
        case .scan: ck_scan(p, words[0].base, outWords!.base, n)
        }
    }

    func run(reps: Int) throws(BenchError) -> Double {
        pool.withPinnedCaller { timed(reps: reps) }
    }

    func runBatches(reps: Int, count: Int) throws(BenchError) -> [Double] {
        // One pin for the whole sample, so its batches run back to back as they are meant to.
        pool.withPinnedCaller { (0..<max(1, count)).map { _ in timed(reps: reps) } }
    }

    private func timed(reps: Int) -> Double {
        let start = ck_now_ns()
        for _ in 0..<max(1, reps) { callOnce() }
        return Double(ck_now_ns() - start)
    }

    func output() throws(BenchError) -> KernelOutput? {
        callOnce()
        if spec.id == .dot {
            // The dot product is computed in double across blocks and reported as a float,
            // as every port's single output element.
            return .float32([Float(dotResult)])
        }
        if let outFloat { return .float32(outFloat.toArray()) }
        return .uint32(outWords!.toArray())
    }

    func checksum() throws(BenchError) -> Double {
        try output()?.checksum.value ?? .nan
    }

    func close() {}
}
