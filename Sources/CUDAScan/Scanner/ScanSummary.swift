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
        self.init(findings: FindingList(findings), target: target)
    }

    /// Counts the findings of `findings` for `target`.
    public init(findings: FindingList, target: Target) {
        total = findings.count
        uncataloged = 0
        // Counted per family in flat slots, looking a family up only when it changes: a scan can hold hundreds of
        // thousands of findings, and three dictionary updates each made the summary a visible part of a report.
        let efforts = Effort.allCases
        var slotOfFamily: [String: Int] = [:]
        var families: [String] = []
        var counts: [[Int]] = []
        var lastFamily: String?
        var slot = 0
        var files = Set<String>()
        var lastFile: String?
        var unknown = 0
        // Read in place through a pointer: iterating the list copied every finding (a retain and release per field).
        findings.forEachInPlace { finding, _ in
            if finding.pointee.family != lastFamily {
                lastFamily = finding.pointee.family
                if let known = slotOfFamily[finding.pointee.family] {
                    slot = known
                } else {
                    slot = families.count
                    slotOfFamily[finding.pointee.family] = slot
                    families.append(finding.pointee.family)
                    counts.append([Int](repeating: 0, count: efforts.count))
                }
            }
            let effort = finding.pointee.meaning.effort(for: target) ?? .rewrite
            counts[slot][efforts.firstIndex(of: effort) ?? 0] += 1
            if !finding.pointee.cataloged { unknown += 1 }
            if finding.pointee.file != lastFile {
                lastFile = finding.pointee.file
                files.insert(finding.pointee.file)
            }
        }
        uncataloged = unknown
        byFamily = [:]
        byEffort = [:]
        byFamilyAndEffort = [:]
        for (index, family) in families.enumerated() {
            byFamily[family] = counts[index].reduce(0, +)
            for (position, effort) in efforts.enumerated() where counts[index][position] > 0 {
                byEffort[effort, default: 0] += counts[index][position]
                byFamilyAndEffort[family, default: [:]][effort] = counts[index][position]
            }
        }
        filesWithFindings = files.count
    }
}
