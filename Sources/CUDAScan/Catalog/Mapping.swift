/// The replacement, effort and note for one finding on one target.
public struct Mapping: Sendable, Codable, Hashable {
    /// The replacement symbol, or nil when there is none (or none is known).
    public var replacement: String?
    /// How hard the replacement is.
    public var effort: Effort
    /// A short note where the port is not a plain rename.
    public var note: String?

    /// Creates a mapping.
    public init(replacement: String?, effort: Effort, note: String?) {
        self.replacement = replacement
        self.effort = effort
        self.note = note
    }
}
