/// A kernel that could not be measured on a port, and why (wrong output, runner error, ...).
public struct KernelFailure: Sendable, Codable, Hashable {
    /// The kernel.
    public var kernel: String
    /// The size label.
    public var size: String
    /// The port.
    public var port: String
    /// What went wrong.
    public var message: String
    /// True when the port ran but its output disagreed with the baseline's.
    public var wrongResult: Bool

    /// Creates a failure record.
    public init(kernel: String, size: String, port: String, message: String, wrongResult: Bool) {
        self.kernel = kernel
        self.size = size
        self.port = port
        self.message = message
        self.wrongResult = wrongResult
    }

    private enum CodingKeys: String, CodingKey {
        case kernel, size, port, message, wrongResult = "wrong_result"
    }
}
