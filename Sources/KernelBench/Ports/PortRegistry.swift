import Foundation

/// The built-in ports in listing order: `c`, `opencl`, `cuda`.
public enum PortRegistry {
    /// Creates the built-in ports; unavailable ones are kept and say why.
    public static func standard(dataDirectory: URL? = DataLocator.dataDirectory()) -> [any BenchPort] {
        [CPort(), OpenCLPort(dataDirectory: dataDirectory), CUDAPort.make(dataDirectory: dataDirectory)]
    }
}
