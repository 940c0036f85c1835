/// The replacement, effort and note for one finding on one target.
public struct Mapping: Sendable, Codable, Hashable {
    /// The replacement symbol, or nil when there is none (or none is known).
    public var replacement: String?
    /// How hard the replacement is.
    public var effort: Effort
    /// A short note where the port is not a plain rename.
    public var note: String?
    /// False when the catalog has not assessed the symbol for this target (a `?` family default, or no mapping at
    /// all): the effort is a placeholder and the note general advice, not an answer.
    public var assessed: Bool

    /// Creates a mapping.
    public init(replacement: String?, effort: Effort, note: String?, assessed: Bool = true) {
        self.replacement = replacement
        self.effort = effort
        self.note = note
        self.assessed = assessed
    }

    /// Whether this says what to do: a replacement, or no replacement with a reason (`drop`, "CANN has no …").
    /// An unassessed mapping, or a bare effort with neither, leaves the finding without an answer.
    public var isAnswer: Bool { assessed && (replacement != nil || !(note ?? "").isEmpty) }

    private enum CodingKeys: String, CodingKey { case replacement, effort, note, assessed }

    /// Decodes a mapping; `assessed` is absent from mappings stored before it existed, and from assessed ones.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        replacement = try container.decodeIfPresent(String.self, forKey: .replacement)
        effort = try container.decode(Effort.self, forKey: .effort)
        note = try container.decodeIfPresent(String.self, forKey: .note)
        assessed = try container.decodeIfPresent(Bool.self, forKey: .assessed) ?? true
    }

    /// Encodes a mapping, writing `assessed` only when it is false.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(replacement, forKey: .replacement)
        try container.encode(effort, forKey: .effort)
        try container.encodeIfPresent(note, forKey: .note)
        if !assessed { try container.encode(false, forKey: .assessed) }
    }
}
