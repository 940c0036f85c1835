import Foundation
@testable import KernelBench

/// Plain, sequential Swift versions of the kernels: the definitions the ports are checked against.
enum ReferenceKernels {
    static func run(_ spec: KernelSpec, _ size: ProblemSize, _ inputs: KernelInputs) -> KernelOutput {
        let d = size.dims
        let n = d[0], m = d.count > 1 ? d[1] : d[0]
        let f = inputs.floats.map { $0.toArray() }, w = inputs.words.map { $0.toArray() }
        switch spec.id {
        case .copy: return .float32(f[0])
        case .triad: return .float32((0..<n).map { f[0][$0] + KernelInputs.triadScale * f[1][$0] })
        case .dot: return .float32([Float((0..<n).reduce(0.0) { $0 + Double(f[0][$1]) * Double(f[1][$1]) })])
        case .transpose:
            var out = [Float](repeating: 0, count: n * m)
            for r in 0..<n { for c in 0..<m { out[c * n + r] = f[0][r * m + c] } }
            return .float32(out)
        case .sgemm:
            var out = [Float](repeating: 0, count: n * n)
            for i in 0..<n { for j in 0..<n {
                var s = 0.0
                for k in 0..<n { s += Double(f[0][i * n + k]) * Double(f[1][k * n + j]) }
                out[i * n + j] = Float(s)
            } }
            return .float32(out)
        case .softmax:
            var out = [Float](repeating: 0, count: n * m)
            for r in 0..<n {
                let row = f[0][(r * m)..<(r * m + m)].map(Double.init)
                let mx = row.max()!
                let sum = row.reduce(0) { $0 + exp($1 - mx) }
                for c in 0..<m { out[r * m + c] = Float(exp(row[c] - mx) / sum) }
            }
            return .float32(out)
        case .layernorm:
            var out = [Float](repeating: 0, count: n * m)
            for r in 0..<n {
                let row = f[0][(r * m)..<(r * m + m)].map(Double.init)
                let mean = row.reduce(0, +) / Double(m)
                let v = row.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(m)
                for c in 0..<m {
                    out[r * m + c] = Float((row[c] - mean) / (v + 1e-5).squareRoot() * Double(f[1][c]) + Double(f[2][c]))
                }
            }
            return .float32(out)
        case .stencil:
            var out = f[0]
            for i in 1..<(n - 1) { for j in 1..<(n - 1) {
                let k = i * n + j
                let t = (f[0][k - n] + f[0][k + n]) + (f[0][k - 1] + f[0][k + 1])
                out[k] = KernelInputs.stencilCentre * f[0][k] + KernelInputs.stencilNeighbour * t
            } }
            return .float32(out)
        case .histogram:
            var bins = [UInt32](repeating: 0, count: 256)
            for v in w[0] { bins[Int(v & 255)] += 1 }
            return .uint32(bins)
        case .scan:
            var run: UInt32 = 0
            return .uint32(w[0].map { run &+= $0; return run })
        }
    }

    /// Largest element-wise error relative to the output's largest magnitude.
    static func maxError(_ a: KernelOutput, _ b: KernelOutput) -> Double {
        guard a.count == b.count else { return .infinity }
        var scale = 0.0, err = 0.0
        for i in 0..<a.count {
            scale = max(scale, abs(a.element(i)))
            err = max(err, abs(a.element(i) - b.element(i)))
        }
        return scale > 0 ? err / scale : err
    }
}
