import CKernels
import Foundation
import Testing
@testable import KernelBench

/// Odd sizes exercise every edge path (tails, partial tiles, rows that do not divide).
private let oddSizes: [KernelID: [Int]] = [
    .copy: [1000], .triad: [1003], .dot: [70_001], .transpose: [37, 53], .sgemm: [70], .softmax: [7, 333],
    .layernorm: [5, 257], .stencil: [67], .histogram: [10_007], .scan: [70_001],
]

private let openCL = OpenCLPort()

@Suite("Kernels")
struct KernelTests {
    @Test("the input generator matches the protocol's test vectors")
    func generatorVectors() {
        #expect(ck_bits(20_240_601, 1, 0) == 0xb5fa_37d1_a158_673d)
        #expect(ck_bits(20_240_601, 2, 5) == 0x218f_3d5b_b34b_413b)
        #expect(ck_bits(20_240_601, 1, 1_000_000) == 0xfdc6_9536_f7f5_2537)
        #expect(ck_weight(0) == 0.5)
    }

    @Test("the C port matches the plain Swift definitions", arguments: KernelID.allCases)
    func cMatchesReference(_ id: KernelID) throws {
        let spec = KernelSuite.standard.spec(id)!
        for size in [spec.sizes[0], ProblemSize(label: "odd", dims: oddSizes[id]!)] {
            let inputs = try KernelInputs(spec: spec, size: size)
            let k = try CPort().prepare(spec: spec, size: size, inputs: inputs)
            let out = try #require(try k.output())
            let ref = ReferenceKernels.run(spec, size, inputs)
            let err = ReferenceKernels.maxError(ref, out)
            #expect(err <= max(spec.tolerance * 10, 1e-6), "\(id) \(size.dimsText): element error \(err)")
            #expect(ref.checksum.accepts(out.checksum.value, tolerance: spec.tolerance), "\(id) \(size.dimsText) checksum")
        }
    }

    @Test("the OpenCL port matches the C port within the stated tolerance", .enabled(if: openCL.availability.isAvailable,
          "no OpenCL platform here (install pocl-opencl-icd); the OpenCL comparison is skipped"),
          arguments: KernelID.allCases)
    func openCLMatchesC(_ id: KernelID) throws {
        let spec = KernelSuite.standard.spec(id)!
        for size in [spec.sizes[0], ProblemSize(label: "odd", dims: oddSizes[id]!)] {
            let inputs = try KernelInputs(spec: spec, size: size)
            let c = try #require(try CPort().prepare(spec: spec, size: size, inputs: inputs).output())
            let k = try openCL.prepare(spec: spec, size: size, inputs: inputs)
            defer { k.close() }
            let cl = try #require(try k.output())
            #expect(ReferenceKernels.maxError(c, cl) <= max(spec.tolerance * 10, 1e-6), "\(id) \(size.dimsText)")
            #expect(c.checksum.accepts(cl.checksum.value, tolerance: spec.tolerance), "\(id) \(size.dimsText) checksum")
            #expect(try k.run(reps: 2) > 0)
        }
    }

    @Test("the weighted checksum catches a transposed or shifted output")
    func checksumCatchesPermutation() throws {
        let spec = KernelSuite.standard.spec(.transpose)!
        let size = ProblemSize(label: "t", dims: [16, 16])
        let out = try #require(try CPort().prepare(spec: spec, size: size, inputs: KernelInputs(spec: spec, size: size)).output())
        guard case .float32(let v) = out else { Issue.record("float output expected"); return }
        var swapped = v
        swapped.swapAt(1, 16)
        #expect(!out.checksum.accepts(KernelOutput.float32(swapped).checksum.value, tolerance: spec.tolerance))
        #expect(!out.checksum.accepts(KernelOutput.float32(Array(v.dropFirst()) + [v[0]]).checksum.value, tolerance: spec.tolerance))
    }

    @Test("work per call follows the definitions")
    func workPerCall() {
        let triad = KernelSuite.standard.spec(.triad)!
        #expect(triad.bytes(triad.sizes[1]) == 12 * 1_048_576 && triad.flops(triad.sizes[1]) == 2 * 1_048_576)
        let gemm = KernelSuite.standard.spec(.sgemm)!
        #expect(gemm.flops(ProblemSize(label: "x", dims: [100])) == 2_000_000)
        #expect(KernelSuite.standard.specs.count == 10 && KernelSuite.standard.specs.allSatisfy { $0.sizes.count == 3 })
    }
}
