/// A CUDA naming prefix that marks an identifier as a CUDA tie even when the catalog lacks it.
public struct PrefixRule: Sendable {
    /// The literal prefix, e.g. `cublas`.
    public let prefix: String
    /// The family a matching identifier is reported under.
    public let family: String
    /// Whether the byte after the prefix must be an upper-case letter (or `_` when `allowsUnderscore`).
    public let needsUpperNext: Bool
    /// Whether `_` may follow the prefix (as in `curand_init`).
    public let allowsUnderscore: Bool

    /// The rules, longest prefix first so `cublasLt` wins over `cublas` and `cublas` over `cu`.
    ///
    /// `CUDA_`-prefixed upper-case names are deliberately absent: projects define their own
    /// `CUDA_CHECK`-style macros, so only catalogued `CUDA_*` names are findings.
    public static let all: [PrefixRule] = [
        PrefixRule("cusparseLt", "cusparse"), PrefixRule("cublasLt", "cublaslt"),
        PrefixRule("cusparse", "cusparse"), PrefixRule("cusolver", "cusolver"),
        PrefixRule("CUSPARSE_", "cusparse", upper: false), PrefixRule("CUSOLVER_", "cusolver", upper: false),
        PrefixRule("curand", "curand", underscore: true), PrefixRule("CURAND_", "curand", upper: false),
        PrefixRule("CUBLAS_", "cublas", upper: false), PrefixRule("cublas", "cublas"),
        PrefixRule("cudnn", "cudnn"), PrefixRule("CUDNN_", "cudnn", upper: false),
        PrefixRule("cufft", "cufft"), PrefixRule("CUFFT_", "cufft", upper: false),
        PrefixRule("nccl", "nccl"), PrefixRule("NCCL_", "nccl", upper: false),
        PrefixRule("nvrtc", "nvrtc"), PrefixRule("NVRTC_", "nvrtc", upper: false),
        PrefixRule("nvtx", "nvtx"), PrefixRule("__nv_", "device-intrinsic", upper: false),
        PrefixRule("cuda", "runtime"), PrefixRule("CU_", "driver", upper: false),
        PrefixRule("cu", "driver"),
    ]

    /// The prefix as bytes, for matching without allocation.
    let prefixBytes: [UInt8]

    init(_ prefix: String, _ family: String, upper: Bool = true, underscore: Bool = false) {
        self.prefix = prefix
        self.prefixBytes = Array(prefix.utf8)
        self.family = family
        self.needsUpperNext = upper
        self.allowsUnderscore = underscore
    }

    /// The family of the first rule that matches the identifier `bytes[start..<end]`, or nil.
    public static func family(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> String? {
        let length = end - start
        guard length > 2 else { return nil }
        // Every prefix starts `cu`, `CU`, `nc`, `nv`, `NC`, `NV` or `__`: most identifiers the gate lets through
        // (`const`, `count`, `n`) are ruled out on two bytes before any rule is tried.
        switch (bytes[start], bytes[start + 1]) {
        case (99, 117), (67, 85), (110, 99), (110, 118), (78, 67), (78, 86), (95, 95): break
        default: return nil
        }
        for rule in all {
            let p = rule.prefixBytes
            guard length > p.count else { continue }
            var k = 0
            while k < p.count, bytes[start + k] == p[k] { k += 1 }
            guard k == p.count else { continue }
            let next = bytes[start + k]
            if !rule.needsUpperNext { return rule.family }
            if (next >= 65 && next <= 90) || (rule.allowsUnderscore && next == 95) { return rule.family }
        }
        return nil
    }

    /// The family of the first rule that matches `identifier`, or nil.
    public static func family(of identifier: String) -> String? {
        let bytes = identifier.utf8
        guard let first = bytes.first, first == 99 || first == 67 || first == 110 || first == 78 || first == 95 else { return nil }
        for rule in all {
            let p = rule.prefixBytes
            guard bytes.count > p.count, bytes.starts(with: p) else { continue }
            let next = bytes[bytes.index(bytes.startIndex, offsetBy: p.count)]
            if !rule.needsUpperNext { return rule.family }
            if (next >= 65 && next <= 90) || (rule.allowsUnderscore && next == 95) { return rule.family }
        }
        return nil
    }
}
