/// Every place the workbench can show, and the numbered top-level screens.
public enum ScreenID: Hashable, Sendable {
    /// The first screen of an empty workspace.
    case welcome
    /// Teams → codebases → attempts, with KPIs.
    case portfolio
    /// The attempts table.
    case attempts
    /// One attempt in full.
    case attemptDetail(Int64)
    /// The intervention log.
    case interventions
    /// Stored scans: findings by family, file or effort.
    case scan
    /// One finding with the source around it.
    case finding(Int64)
    /// Stored benchmark sessions: the kernel × port loss matrix.
    case benchmarks
    /// The CUDA → target catalog.
    case catalog

    /// The keymap scope of the screen (its view bindings are looked up under this name).
    public var viewName: String {
        switch self {
        case .welcome: return "welcome"
        case .portfolio: return "portfolio"
        case .attempts: return "attempts"
        case .attemptDetail: return "attempt"
        case .interventions: return "interventions"
        case .scan: return "scan"
        case .finding: return "finding"
        case .benchmarks: return "benchmarks"
        case .catalog: return "catalog"
        }
    }

    /// The numbered top-level screen this one belongs to (detail belongs to attempts).
    public var topLevel: TopScreen? {
        switch self {
        case .welcome: return nil
        case .portfolio: return .portfolio
        case .attempts, .attemptDetail: return .attempts
        case .interventions: return .interventions
        case .scan, .finding: return .scan
        case .benchmarks: return .benchmarks
        case .catalog: return .catalog
        }
    }
}

/// The screens reachable with the number keys and the tab bar, in order.
public enum TopScreen: Int, CaseIterable, Sendable {
    /// `1`: the portfolio.
    case portfolio = 1
    /// `2`: the attempts table.
    case attempts = 2
    /// `3`: the intervention log.
    case interventions = 3
    /// `4`: stored scans.
    case scan = 4
    /// `5`: benchmark sessions.
    case benchmarks = 5
    /// `6`: the catalog.
    case catalog = 6

    /// The name in the tab bar and in help.
    public var title: String {
        switch self {
        case .portfolio: return "portfolio"
        case .attempts: return "attempts"
        case .interventions: return "interventions"
        case .scan: return "scan"
        case .benchmarks: return "benchmarks"
        case .catalog: return "catalog"
        }
    }

    /// The screen it opens.
    public var screen: ScreenID {
        switch self {
        case .portfolio: return .portfolio
        case .attempts: return .attempts
        case .interventions: return .interventions
        case .scan: return .scan
        case .benchmarks: return .benchmarks
        case .catalog: return .catalog
        }
    }
}
