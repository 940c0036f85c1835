/// A stored scan with the names it belongs to and its findings counted by effort.
public struct ScanSummary: Sendable, Equatable, Codable {
    /// The scan row.
    public var scan: Scan
    /// The codebase's name, when linked.
    public var codebase: String?
    /// Findings per effort on the scan's target (efforts with none are absent).
    public var findingsByEffort: [String: Int]
}
