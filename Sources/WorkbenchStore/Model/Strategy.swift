/// How an attempt gets to its target; the three Ascend roads are native CANN, the
/// PyTorch adapter (torch_npu) and ONNX deployment.
public enum Strategy: String, Vocabulary {
    case nativeCANN = "native-cann"
    case torchNPU = "torch-npu"
    case onnx
    case hip
    case sycl
    case other
    /// The field name used in messages.
    public static let field = "strategy"

    /// The strategy an attempt gets when none is given, or nil when the target needs a choice.
    public static func defaultFor(_ target: Target) -> Strategy? {
        switch target {
        case .ascend: return nil
        case .hip: return .hip
        case .sycl: return .sycl
        case .opencl, .cpu, .other: return .other
        }
    }

    /// Whether this strategy makes sense for `target` (torch_npu on HIP does not).
    public func fits(_ target: Target) -> Bool {
        switch self {
        case .nativeCANN, .torchNPU: return target == .ascend
        case .hip: return target == .hip
        case .sycl: return target == .sycl
        case .onnx, .other: return true
        }
    }
}
