/// Errors of the benchmark harness, each carrying the context needed to act on it.
public enum BenchError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Host memory could not be allocated.
    case outOfMemory(bytes: Int)
    /// No kernel has this name.
    case unknownKernel(String)
    /// The kernel has no size with this label.
    case unknownSize(kernel: KernelID, label: String)
    /// No port has this name.
    case unknownPort(String)
    /// The port cannot run here, and why.
    case portUnavailable(port: String, reason: String)
    /// The port does not implement this kernel.
    case kernelNotSupported(port: String, kernel: KernelID)
    /// A kernel failed while preparing or running.
    case kernelFailed(port: String, kernel: KernelID, size: String, message: String)
    /// An external runner misbehaved.
    case runner(RunnerError)
    /// A settings value is out of range.
    case invalidSettings(String)
    /// A file could not be read or written.
    case io(path: String, message: String)
    /// The run was cancelled; nothing from it should be kept.
    case cancelled

    /// A one-line, human-readable description.
    public var description: String {
        switch self {
        case .outOfMemory(let bytes): return "out of memory allocating \(bytes) bytes"
        case .unknownKernel(let name):
            let known = KernelID.allCases.map(\.rawValue).joined(separator: ", ")
            return "unknown kernel '\(name)' (known: \(known))"
        case .unknownSize(let kernel, let label):
            return "kernel \(kernel.rawValue) has no size '\(label)'"
        case .unknownPort(let name): return "unknown port '\(name)'"
        case .portUnavailable(let port, let reason): return "\(port): \(reason)"
        case .kernelNotSupported(let port, let kernel):
            return "\(port): kernel \(kernel.rawValue) is not implemented by this port"
        case .kernelFailed(let port, let kernel, let size, let message):
            return "\(port): \(kernel.rawValue) \(size) failed: \(message)"
        case .runner(let error): return error.description
        case .invalidSettings(let message): return "invalid settings: \(message)"
        case .io(let path, let message): return "\(path): \(message)"
        case .cancelled: return "cancelled"
        }
    }
}
