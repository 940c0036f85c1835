/// The result of one scan: what was read, what was skipped, and every finding.
public struct ScanReport: Sendable, Codable, Hashable {
    /// The scanned directory as given.
    public var root: String
    /// The target whose efforts the summary counts.
    public var target: Target
    /// The Ascend chip generation assumed.
    public var generation: ChipGeneration
    /// Files lexed.
    public var filesScanned: Int
    /// Bytes lexed.
    public var bytesScanned: Int
    /// Files and directories not read, with reasons.
    public var skipped: [SkippedFile]
    /// Findings, sorted by file, line and column.
    public var findings: FindingList
    /// Wall time of the scan in seconds.
    public var duration: Double

    /// Creates a report.
    public init(root: String, target: Target, generation: ChipGeneration, filesScanned: Int, bytesScanned: Int,
                skipped: [SkippedFile], findings: [Finding], duration: Double) {
        self.init(root: root, target: target, generation: generation, filesScanned: filesScanned,
                  bytesScanned: bytesScanned, skipped: skipped, findings: FindingList(findings), duration: duration)
    }

    /// Creates a report whose findings are already a list (as the scanner makes them, one run per file).
    public init(root: String, target: Target, generation: ChipGeneration, filesScanned: Int, bytesScanned: Int,
                skipped: [SkippedFile], findings: FindingList, duration: Double) {
        self.root = root
        self.target = target
        self.generation = generation
        self.filesScanned = filesScanned
        self.bytesScanned = bytesScanned
        self.skipped = skipped
        self.findings = findings
        self.duration = duration
    }

    /// Counts for the report's target.
    public var summary: ScanSummary { ScanSummary(findings: findings, target: target) }
}
