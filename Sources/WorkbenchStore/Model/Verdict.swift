/// The outcome of comparing a port's timings with its baseline's.
public enum Verdict: String, Vocabulary {
    case same = "SAME"
    case slower = "SLOWER"
    case faster = "FASTER"
    case inconclusive = "INCONCLUSIVE"
    /// The port computed a different result, so its time means nothing.
    case wrong = "WRONG"
    /// The field name used in messages.
    public static let field = "verdict"
}
