import CKernels

/// One kernel on an OpenCL device: its buffers, kernel objects and launch sequence.
final class OpenCLKernel: PreparedKernel {
    private struct Launch {
        let kernel: OpaquePointer
        let global: [Int]
        let local: [Int]?
    }

    private let runtime: OpenCLRuntime
    private let spec: KernelSpec
    private let dims: [Int]
    private var buffers: [OpaquePointer] = []
    private var kernels: [OpaquePointer] = []
    private var launches: [Launch] = []
    private var outBuffer: OpaquePointer?
    private var outputCount = 0
    private var partialCount = 0

    init(runtime: OpenCLRuntime, spec: KernelSpec, size: ProblemSize, inputs: KernelInputs) throws(BenchError) {
        self.runtime = runtime
        self.spec = spec
        dims = size.dims
        do {
            try build(inputs: inputs)
        } catch {
            close()
            throw error
        }
    }

    private func fail(_ message: String) -> BenchError {
        .kernelFailed(port: "opencl", kernel: spec.id, size: dims.map(String.init).joined(separator: "x"), message: message)
    }

    private func check(_ status: Int32, _ what: String) throws(BenchError) {
        if status != 0 { throw fail("\(what): \(String(cString: ck_cl_status_name(status)))") }
    }

    private func buffer(bytes: Int) throws(BenchError) -> OpaquePointer {
        var err = [CChar](repeating: 0, count: 256)
        guard let b = ck_cl_buf_create(runtime.context, bytes, &err, err.count) else { throw fail(cText(err)) }
        buffers.append(b)
        return b
    }

    private func upload<T>(_ src: AlignedBuffer<T>) throws(BenchError) -> OpaquePointer {
        let bytes = src.count * MemoryLayout<T>.stride
        let b = try buffer(bytes: bytes)
        try check(ck_cl_buf_write(runtime.context, b, src.base, bytes), "upload")
        return b
    }

    private func kernel(_ program: String, _ name: String) throws(BenchError) -> OpaquePointer {
        let prog = try runtime.program(program)
        var err = [CChar](repeating: 0, count: 256)
        guard let k = ck_cl_kern_create(prog, name, &err, err.count) else { throw fail(cText(err)) }
        kernels.append(k)
        return k
    }

    /// Argument values in kernel order.
    private enum Arg {
        case buf(OpaquePointer), u32(Int), f32(Float), local(Int)
    }

    private func set(_ k: OpaquePointer, _ args: [Arg]) throws(BenchError) {
        for (i, a) in args.enumerated() {
            let idx = UInt32(i)
            let st: Int32
            switch a {
            case .buf(let b): st = ck_cl_arg_buf(k, idx, b)
            case .u32(let v): st = ck_cl_arg_u32(k, idx, UInt32(truncatingIfNeeded: v))
            case .f32(let v): st = ck_cl_arg_f32(k, idx, v)
            case .local(let bytes): st = ck_cl_arg_local(k, idx, bytes)
            }
            try check(st, "argument \(i)")
        }
    }

    private static func roundUp(_ v: Int, _ m: Int) -> Int { (v + m - 1) / m * m }

    private func build(inputs: KernelInputs) throws(BenchError) {
        let n = dims[0], m = dims.count > 1 ? dims[1] : dims[0]
        let f = inputs.floats, w = inputs.words
        outputCount = spec.outputCount(ProblemSize(label: "", dims: dims))
        let wg = 256
        func add(_ k: OpaquePointer, _ global: [Int], _ local: [Int]?) { launches.append(Launch(kernel: k, global: global, local: local)) }
        switch spec.id {
        case .copy:
            let a = try upload(f[0]); let out = try buffer(bytes: 4 * n); outBuffer = out
            let k = try kernel("copy", "copy"); try set(k, [.buf(a), .buf(out), .u32(n)])
            add(k, [Self.roundUp(n, wg)], [wg])
        case .triad:
            let b = try upload(f[0]), c = try upload(f[1]); let out = try buffer(bytes: 4 * n); outBuffer = out
            let k = try kernel("triad", "triad")
            try set(k, [.buf(out), .buf(b), .buf(c), .f32(KernelInputs.triadScale), .u32(n)])
            add(k, [Self.roundUp(n, wg)], [wg])
        case .dot:
            let a = try upload(f[0]), b = try upload(f[1])
            // Enough groups to fill a GPU, few enough that each work-item sums a run of elements.
            partialCount = min(1024, max(1, n / (wg * 16)))
            let out = try buffer(bytes: 4 * partialCount); outBuffer = out
            let k = try kernel("dot", "dot_partial")
            try set(k, [.buf(a), .buf(b), .buf(out), .u32(n), .local(4 * wg)])
            add(k, [partialCount * wg], [wg])
        case .transpose:
            let a = try upload(f[0]); let out = try buffer(bytes: 4 * n * m); outBuffer = out
            let k = try kernel("transpose", "transpose"); try set(k, [.buf(a), .buf(out), .u32(n), .u32(m)])
            add(k, [Self.roundUp(m, 16), Self.roundUp(n, 16)], [16, 16])
        case .sgemm:
            let a = try upload(f[0]), b = try upload(f[1]); let out = try buffer(bytes: 4 * n * n); outBuffer = out
            let k = try kernel("sgemm", "sgemm"); try set(k, [.buf(a), .buf(b), .buf(out), .u32(n)])
            add(k, [Self.roundUp(n, 16), Self.roundUp(n, 16)], [16, 16])
        case .softmax:
            let x = try upload(f[0]); let out = try buffer(bytes: 4 * n * m); outBuffer = out
            let k = try kernel("softmax", "softmax"); try set(k, [.buf(x), .buf(out), .u32(m), .local(4 * wg)])
            add(k, [n * wg], [wg])
        case .layernorm:
            let x = try upload(f[0]), g = try upload(f[1]), b = try upload(f[2])
            let out = try buffer(bytes: 4 * n * m); outBuffer = out
            let k = try kernel("layernorm", "layernorm")
            try set(k, [.buf(x), .buf(g), .buf(b), .buf(out), .u32(m), .f32(KernelInputs.layernormEpsilon), .local(4 * wg)])
            add(k, [n * wg], [wg])
        case .stencil:
            let a = try upload(f[0]); let out = try buffer(bytes: 4 * n * n); outBuffer = out
            let k = try kernel("stencil", "stencil")
            try set(k, [.buf(a), .buf(out), .u32(n), .f32(KernelInputs.stencilCentre), .f32(KernelInputs.stencilNeighbour)])
            add(k, [Self.roundUp(n, 16), Self.roundUp(n, 16)], [16, 16])
        case .histogram:
            let v = try upload(w[0]); let out = try buffer(bytes: 4 * 256); outBuffer = out
            let clear = try kernel("histogram", "histogram_clear"); try set(clear, [.buf(out)])
            let k = try kernel("histogram", "histogram"); try set(k, [.buf(v), .buf(out), .u32(n)])
            let groups = min(256, max(1, n / (wg * 64)))
            add(clear, [256], nil)
            add(k, [groups * wg], [wg])
        case .scan:
            let v = try upload(w[0]); let out = try buffer(bytes: 4 * n); outBuffer = out
            let tile = wg * 16, tiles = (n + tile - 1) / tile
            let sums = try buffer(bytes: 4 * tiles)
            let k1 = try kernel("scan", "scan_tiles"); try set(k1, [.buf(v), .buf(out), .buf(sums), .u32(n), .local(4 * wg)])
            let k2 = try kernel("scan", "scan_sums"); try set(k2, [.buf(sums), .u32(tiles), .local(4 * wg)])
            let k3 = try kernel("scan", "scan_add"); try set(k3, [.buf(out), .buf(sums), .u32(n), .u32(tile)])
            add(k1, [tiles * wg], [wg])
            add(k2, [wg], [wg])
            add(k3, [Self.roundUp(n, wg)], [wg])
        }
    }

    func run(reps: Int) throws(BenchError) -> Double {
        try runtime.withQueue { () throws(BenchError) -> Double in try runLocked(reps: reps) }
    }

    private func runLocked(reps: Int) throws(BenchError) -> Double {
        for _ in 0..<max(1, reps) {
            for l in launches {
                let st = l.global.withUnsafeBufferPointer { g in
                    if let local = l.local {
                        return local.withUnsafeBufferPointer { ck_cl_launch(runtime.context, l.kernel, UInt32(g.count), g.baseAddress, $0.baseAddress) }
                    }
                    return ck_cl_launch(runtime.context, l.kernel, UInt32(g.count), g.baseAddress, nil)
                }
                try check(st, "launch")
            }
        }
        var ns: UInt64 = 0
        try check(ck_cl_finish(runtime.context, &ns), "finish")
        return Double(ns)
    }

    func output() throws(BenchError) -> KernelOutput? {
        try runtime.withQueue { () throws(BenchError) -> KernelOutput? in try outputLocked() }
    }

    private func outputLocked() throws(BenchError) -> KernelOutput? {
        _ = try runLocked(reps: 1)
        guard let outBuffer else { return nil }
        if spec.id == .dot {
            var partials = [Float](repeating: 0, count: partialCount)
            try check(ck_cl_buf_read(runtime.context, outBuffer, &partials, 4 * partialCount), "read")
            // Partials are added on the host in double, as the C port adds its blocks.
            return .float32([Float(partials.reduce(0.0) { $0 + Double($1) })])
        }
        switch spec.output {
        case .float32:
            var v = [Float](repeating: 0, count: outputCount)
            try check(ck_cl_buf_read(runtime.context, outBuffer, &v, 4 * outputCount), "read")
            return .float32(v)
        case .uint32:
            var v = [UInt32](repeating: 0, count: outputCount)
            try check(ck_cl_buf_read(runtime.context, outBuffer, &v, 4 * outputCount), "read")
            return .uint32(v)
        }
    }

    func checksum() throws(BenchError) -> Double {
        try output()?.checksum.value ?? .nan
    }

    func close() {
        for k in kernels { ck_cl_kern_release(k) }
        for b in buffers { ck_cl_buf_release(b) }
        kernels = []
        buffers = []
        launches = []
    }
}
