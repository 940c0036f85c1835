/// What an embedded engineer did in one intervention.
public enum InterventionKind: String, Vocabulary {
    case kernelPort = "kernel-port"
    case operatorSubstitution = "operator-substitution"
    case buildFix = "build-fix"
    case accuracyDebug = "accuracy-debug"
    case perfTuning = "perf-tuning"
    case training
    case upstreamFix = "upstream-fix"
    case other
    /// The field name used in messages.
    public static let field = "kind"
}

/// How an intervention ended.
public enum InterventionOutcome: String, Vocabulary {
    case resolved, partial, unresolved
    /// The field name used in messages.
    public static let field = "outcome"
}
