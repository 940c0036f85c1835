/// Recognises CUDA headers by name when the catalog lacks them.
enum HeaderRule {
    /// The family of a CUDA-looking header path, or nil for ordinary headers.
    static func family(of header: String) -> String? {
        let name = header.split(separator: "/").last.map(String.init) ?? header
        if header.hasPrefix("thrust/") { return "thrust" }
        if header.hasPrefix("cub/") { return "cub" }
        if header.hasPrefix("cutlass/") || header.hasPrefix("cute/") { return "cutlass" }
        if header.hasPrefix("ATen/cuda/") || header.hasPrefix("c10/cuda/") || header.hasPrefix("ATen/cudnn/") { return "pytorch" }
        if header.hasPrefix("cuda/") { return "header" }
        let prefixes: [(String, String)] = [
            ("cublasLt", "cublaslt"), ("cublas", "cublas"), ("cudnn", "cudnn"), ("cusparse", "cusparse"),
            ("cusolver", "cusolver"), ("curand", "curand"), ("cufft", "cufft"), ("nccl", "nccl"), ("nvrtc", "nvrtc"),
            ("nvToolsExt", "nvtx"), ("nvtx3", "nvtx"), ("cuda", "header"), ("cupti", "header"), ("nvml", "header"),
        ]
        for (prefix, family) in prefixes where name.hasPrefix(prefix) { return family }
        if header.hasPrefix("nvtx3/") { return "nvtx" }
        return nil
    }
}
