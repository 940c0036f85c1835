/// A port as the session saw it: available (with detail) or skipped (with the reason).
public struct PortStatus: Sendable, Codable, Hashable {
    /// The port's name.
    public var name: String
    /// Whether it ran.
    public var available: Bool
    /// The device or toolchain when available, else why not.
    public var detail: String

    /// Creates a status.
    public init(name: String, available: Bool, detail: String) {
        self.name = name
        self.available = available
        self.detail = detail
    }

    /// The status of a port, as listed by `bench list`.
    public init(port: any BenchPort) {
        name = port.name
        switch port.availability {
        case .available(let detail):
            available = true
            self.detail = detail
        case .unavailable(let reason):
            available = false
            detail = reason
        }
    }

    /// `opencl: no OpenCL platform found` style line.
    public var line: String { "\(name): \(detail)" }
}
