/// How much work replacing one CUDA tie costs, from a rename to a redesign.
public enum Effort: String, Sendable, Codable, CodingKeyRepresentable, CaseIterable, Comparable {
    /// A rename: same arguments, same semantics.
    case direct
    /// A rename plus argument or signature changes that follow a fixed recipe.
    case mechanical
    /// An equivalent exists, but the surrounding code must be restructured.
    case rewrite
    /// No equivalent exists on the target; the feature must be redesigned.
    case blocker

    /// The position of the effort on the scale, `direct` being 0.
    public var rank: Int { Effort.allCases.firstIndex(of: self) ?? 0 }

    /// Orders efforts from `direct` (least) to `blocker` (most).
    public static func < (lhs: Effort, rhs: Effort) -> Bool { lhs.rank < rhs.rank }
}
