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
    /// Findings the catalog gives no answer for on the target: no replacement and no reason, or not assessed
    /// (see `Mapping.isAnswer`). The gap a team has to research itself.
    public var withoutAnswer: Int
    /// `withoutAnswer` per family (families with none are left out).
    public var withoutAnswerByFamily: [String: Int]

    /// Counts `findings` for `target`.
    public init(findings: [Finding], target: Target) {
        self.init(findings: FindingList(findings), target: target)
    }

    /// Counts the findings of `findings` for `target`.
    public init(findings: FindingList, target: Target) {
        total = findings.count
        uncataloged = 0
        withoutAnswer = 0
        withoutAnswerByFamily = [:]
        // Counted per family in flat slots: a scan can hold hundreds of thousands of findings, and three dictionary
        // updates each made the summary a visible part of a report. What a meaning contributes (its family's slot,
        // its effort's column, whether it is catalogued) is remembered by the meaning object's address
        // (`FindingStorageBits`): findings share a few hundred meanings, and asking each finding's meaning hashed the
        // target and compared family strings every time. The findings keep their meanings alive, so an address
        // stands for one meaning throughout.
        let efforts = Effort.allCases
        var slotOfFamily: [String: Int] = [:]
        var families: [String] = []
        var counts: [[Int]] = []
        var files = Set<String>()
        var fileRun = FileRun()
        var unknown = 0
        var unanswered = 0
        var unansweredBySlot: [Int] = []
        let layout = FindingStorageBits.Layout()
        var memo = [(meaning: UInt, slot: Int, column: Int, cataloged: Bool, answered: Bool)](
            repeating: (0, 0, 0, false, false), count: 256)
        // Read in place through a pointer: iterating the list copied every finding (a retain and release per field).
        findings.forEachInPlace { finding, _ in
            let address = layout?.meaning(finding) ?? 0
            let index = Int(truncatingIfNeeded: ((UInt64(address) >> 4) &* 0x9E37_79B9_7F4A_7C15) >> 56)
            var entry = memo[index]
            if address == 0 || entry.meaning != address {
                let family = finding.pointee.family
                let slot: Int
                if let known = slotOfFamily[family] {
                    slot = known
                } else {
                    slot = families.count
                    slotOfFamily[family] = slot
                    families.append(family)
                    counts.append([Int](repeating: 0, count: efforts.count))
                    unansweredBySlot.append(0)
                }
                let effort = finding.pointee.meaning.effort(for: target) ?? .rewrite
                entry = (address, slot, efforts.firstIndex(of: effort) ?? 0, finding.pointee.cataloged,
                         finding.pointee.meaning.mappings[target]?.isAnswer ?? false)
                if address != 0 { memo[index] = entry }
            }
            counts[entry.slot][entry.column] += 1
            if !entry.cataloged { unknown += 1 }
            if !entry.answered {
                unanswered += 1
                unansweredBySlot[entry.slot] += 1
            }
            if fileRun.changes(at: finding) { files.insert(finding.pointee.file) }
        }
        uncataloged = unknown
        withoutAnswer = unanswered
        byFamily = [:]
        byEffort = [:]
        byFamilyAndEffort = [:]
        for (index, family) in families.enumerated() {
            byFamily[family] = counts[index].reduce(0, +)
            if unansweredBySlot[index] > 0 { withoutAnswerByFamily[family] = unansweredBySlot[index] }
            for (position, effort) in efforts.enumerated() where counts[index][position] > 0 {
                byEffort[effort, default: 0] += counts[index][position]
                byFamilyAndEffort[family, default: [:]][effort] = counts[index][position]
            }
        }
        filesWithFindings = files.count
    }
}
