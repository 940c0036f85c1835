/// How hard it is to replace one CUDA tie on a target.
///
/// `direct` is a rename, `mechanical` a rename plus argument or signature changes,
/// `rewrite` means an equivalent exists but the code must be restructured, `blocker`
/// means there is no equivalent. `unknown` marks a CUDA name the catalog does not know.
public enum Effort: String, Vocabulary, Comparable {
    case direct, mechanical, rewrite, blocker, unknown
    /// The field name used in messages.
    public static let field = "effort"

    /// Ordering by difficulty; `unknown` sorts last.
    public static func < (lhs: Effort, rhs: Effort) -> Bool {
        lhs.rank < rhs.rank
    }

    private var rank: Int {
        switch self {
        case .direct: return 0
        case .mechanical: return 1
        case .rewrite: return 2
        case .blocker: return 3
        case .unknown: return 4
        }
    }
}
