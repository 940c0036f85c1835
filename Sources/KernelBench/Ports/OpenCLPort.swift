import Foundation

/// The OpenCL port: the suite's kernels in OpenCL C, timed with profiling events.
public final class OpenCLPort: BenchPort {
    /// Always `opencl`.
    public let name = "opencl"
    private let runtime: Result<OpenCLRuntime, BenchError>

    /// Opens OpenCL device `deviceIndex` (platform-major order) with sources from `dataDirectory`.
    ///
    /// Never fails: when OpenCL is missing the port reports why through `availability`.
    public init(dataDirectory: URL? = DataLocator.dataDirectory(), deviceIndex: Int = 0) {
        runtime = OpenCLRuntime.open(deviceIndex: deviceIndex,
                                     sourceDirectory: dataDirectory?.appendingPathComponent("kernels/opencl"))
    }

    /// Available with the device line, or the reason it is not.
    public var availability: PortAvailability {
        switch runtime {
        case .success(let rt): return .available(detail: rt.deviceLine)
        case .failure(.portUnavailable(_, let reason)): return .unavailable(reason: reason)
        case .failure(let other): return .unavailable(reason: other.description)
        }
    }

    /// Every kernel of the suite.
    public var supportedKernels: Set<KernelID> { Set(KernelID.allCases) }

    /// Builds the program (outside timing), allocates device buffers and uploads inputs.
    public func prepare(spec: KernelSpec, size: ProblemSize, inputs: KernelInputs) throws(BenchError)
        -> any PreparedKernel
    {
        switch runtime {
        case .failure(let error): throw error
        case .success(let rt): return try OpenCLKernel(runtime: rt, spec: spec, size: size, inputs: inputs)
        }
    }
}
