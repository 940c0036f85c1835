/// The platform a migration attempt moves code to.
public enum Target: String, Vocabulary {
    case ascend, hip, sycl, opencl, cpu, other
    /// The field name used in messages.
    public static let field = "target"
}
