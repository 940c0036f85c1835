/// Finding counts by family and by effort for one target.
public struct ScanSummary: Sendable, Codable, Hashable {
    /// Total findings.
    public var total: Int
    /// Findings per family.
    public var byFamily: [String: Int]
    /// Findings per effort on the target.
    public var byEffort: [Effort: Int]
    /// Findings per family and effort.
    public var byFamilyAndEffort: [String: [Effort: Int]]
    /// Findings whose symbol the catalog lacks.
    public var uncataloged: Int
    /// Files with at least one finding.
    public var filesWithFindings: Int

    /// Counts `findings` for `target`.
    public init(findings: [Finding], target: Target) {
        total = findings.count
        byFamily = [:]
        byEffort = [:]
        byFamilyAndEffort = [:]
        uncataloged = 0
        var files = Set<String>()
        for finding in findings {
            byFamily[finding.family, default: 0] += 1
            let effort = finding.effort(for: target) ?? .rewrite
            byEffort[effort, default: 0] += 1
            byFamilyAndEffort[finding.family, default: [:]][effort, default: 0] += 1
            if !finding.cataloged { uncataloged += 1 }
            files.insert(finding.file)
        }
        filesWithFindings = files.count
    }
}
