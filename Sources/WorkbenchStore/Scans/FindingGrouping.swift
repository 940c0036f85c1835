/// How the findings of a scan are grouped for browsing.
public enum FindingGrouping: String, Sendable, CaseIterable {
    /// By catalog family (runtime, cublas, pytorch …).
    case family
    /// By file.
    case file
    /// By effort on the chosen target.
    case effort

    /// The grouping after this one, for a key that cycles through them.
    public var next: FindingGrouping {
        let all = Self.allCases
        return all[(all.firstIndex(of: self)! + 1) % all.count]
    }
}

/// One group of a scan's findings, with how many fall at each effort.
public struct FindingGroup: Sendable, Equatable {
    /// The family, file or effort the group is about.
    public var key: String
    /// Findings in the group.
    public var count: Int
    /// Findings per effort (`direct`, `mechanical`, `rewrite`, `blocker`, `unknown`).
    public var byEffort: [Effort: Int]

    /// A group of `count` findings under `key`.
    public init(key: String, count: Int, byEffort: [Effort: Int]) {
        self.key = key
        self.count = count
        self.byEffort = byEffort
    }
}
