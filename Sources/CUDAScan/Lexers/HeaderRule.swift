/// Recognises CUDA headers by name when the catalog lacks them.
enum HeaderRule {
    /// Families of header paths by leading directory, checked in order.
    private static let directories: [(prefix: String, family: String)] = [
        ("thrust/", "thrust"), ("cub/", "cub"), ("cutlass/", "cutlass"), ("cute/", "cutlass"),
        ("ATen/cuda/", "pytorch"), ("c10/cuda/", "pytorch"), ("ATen/cudnn/", "pytorch"), ("cuda/", "header"),
    ]

    /// Families of header file names by prefix, checked in order (`cublasLt` before `cublas`).
    private static let names: [(prefix: String, family: String)] = [
        ("cublasLt", "cublaslt"), ("cublas", "cublas"), ("cudnn", "cudnn"), ("cusparse", "cusparse"),
        ("cusolver", "cusolver"), ("curand", "curand"), ("cufft", "cufft"), ("nccl", "nccl"), ("nvrtc", "nvrtc"),
        ("nvToolsExt", "nvtx"), ("nvtx3", "nvtx"), ("cuda", "header"), ("cupti", "header"), ("nvml", "header"),
    ]

    /// The family of a CUDA-looking header path, or nil for ordinary headers.
    ///
    /// Compared on UTF-8 bytes: this runs for every `#include` a scan meets.
    static func family(of header: String) -> String? {
        let path = header.utf8
        for (prefix, family) in directories where path.starts(with: prefix.utf8) { return family }
        let name = path.lastIndex(of: 47).map { path[path.index(after: $0)...] } ?? path[...]
        for (prefix, family) in names where name.starts(with: prefix.utf8) { return family }
        if path.starts(with: "nvtx3/".utf8) { return "nvtx" }
        return nil
    }
}
