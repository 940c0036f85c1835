/// A platform that CUDA code is ported to.
public enum Target: String, Sendable, Codable, CodingKeyRepresentable, CaseIterable, Comparable {
    /// AMD HIP / ROCm.
    case hip
    /// Huawei Ascend (CANN, AscendCL, Ascend C, torch_npu).
    case ascend
    /// SYCL (oneAPI and other implementations).
    case sycl

    /// Orders targets as they appear in catalog files and reports.
    public static func < (lhs: Target, rhs: Target) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// The Ascend chip generation a scan assumes, since SIMT features exist only on the newest parts.
public enum ChipGeneration: String, Sendable, Codable, CodingKeyRepresentable, CaseIterable {
    /// Atlas A2 training/inference series (SIMD Ascend C model only); the default.
    case a2
    /// Atlas A3 series (SIMD Ascend C model only).
    case a3
    /// Ascend 950PR/950DT, which adds the SIMT programming model (threads, warps).
    case gen950 = "950"
    /// Atlas 300I Duo / 310P inference parts: SIMD only, no bfloat16, a smaller operator set.
    case gen310p = "310p"

    /// The generation assumed when the user names none.
    public static let defaultGeneration: ChipGeneration = .a2
}
