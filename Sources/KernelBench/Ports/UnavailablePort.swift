/// A port that cannot run here; it exists so listings can say why.
public final class UnavailablePort: BenchPort {
    /// The port's name.
    public let name: String
    /// Why it cannot run.
    public let reason: String

    /// Creates an unavailable port.
    public init(name: String, reason: String) {
        self.name = name
        self.reason = reason
    }

    /// Always unavailable, with the reason.
    public var availability: PortAvailability { .unavailable(reason: reason) }

    /// None.
    public var supportedKernels: Set<KernelID> { [] }

    /// Always throws `portUnavailable`.
    public func prepare(spec: KernelSpec, size: ProblemSize, inputs: KernelInputs) throws(BenchError)
        -> any PreparedKernel
    {
        throw BenchError.portUnavailable(port: name, reason: reason)
    }
}
