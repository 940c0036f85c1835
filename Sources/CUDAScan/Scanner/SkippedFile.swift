/// A file or directory the scanner did not read, and why.
public struct SkippedFile: Sendable, Codable, Hashable {
    /// The path relative to the scan root, `/`-separated (may hold control characters; sanitise before display).
    public var path: String
    /// Why it was skipped, e.g. `binary`, `too large (20 MB > 16 MB)`, `symlink loop`.
    public var reason: String

    /// Creates a record.
    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }
}
