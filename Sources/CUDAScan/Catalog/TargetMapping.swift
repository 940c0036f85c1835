/// What replaces one CUDA symbol on one target, as written in the catalog.
public struct TargetMapping: Sendable, Codable, Hashable {
    /// The replacement symbol, or nil when the target has none.
    public var replacement: String?
    /// The effort on every chip generation not listed in `generationEfforts`.
    public var effort: Effort
    /// Efforts that differ on particular Ascend chip generations.
    public var generationEfforts: [ChipGeneration: Effort]
    /// A short note where the port is not a plain rename.
    public var note: String?
    /// False for a `?` replacement: the catalog has not assessed the symbol for this target (see `Mapping.assessed`).
    public var assessed: Bool

    /// Creates a mapping.
    public init(replacement: String?, effort: Effort, generationEfforts: [ChipGeneration: Effort] = [:], note: String? = nil,
                assessed: Bool = true) {
        self.replacement = replacement
        self.effort = effort
        self.generationEfforts = generationEfforts
        self.note = note
        self.assessed = assessed
    }

    /// Whether this says what to do (see `Mapping.isAnswer`).
    public var isAnswer: Bool { assessed && (replacement != nil || !(note ?? "").isEmpty) }

    /// The effort on the given chip generation.
    public func effort(on generation: ChipGeneration) -> Effort {
        generationEfforts[generation] ?? effort
    }

    /// The mapping as a finding carries it, for one chip generation.
    public func resolved(on generation: ChipGeneration) -> Mapping {
        Mapping(replacement: replacement, effort: effort(on: generation), note: note, assessed: assessed)
    }

    /// Substitutes the part of a symbol matched by a wildcard rule for the `*` in the replacement.
    func substituting(wildcardMatch: String?) -> TargetMapping {
        guard let wildcardMatch, let replacement, replacement.utf8.contains(42) else { return self }
        var copy = self
        copy.replacement = replacement.replacingOccurrences(of: "*", with: wildcardMatch)
        return copy
    }
}
