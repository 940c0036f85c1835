/// One run of the CUDA scanner over a codebase, stored with its findings.
public struct Scan: WorkbenchRecord, Equatable {
    /// The table name.
    public static let databaseTableName = "scan"
    /// Row id.
    public var id: Int64?
    /// The codebase scanned, when known.
    public var codebaseId: Int64?
    /// The attempt this scan measures, when given.
    public var attemptId: Int64?
    /// The scanned directory.
    public var root: String
    /// The git revision of the tree, when it was a git work tree.
    public var gitRevision: String?
    /// The target the efforts were judged for (`ascend`, `hip`, `sycl`).
    public var target: String
    /// The Ascend chip generation assumed, when the target is Ascend.
    public var chipGeneration: String?
    /// A fingerprint of the catalog used.
    public var catalogVersion: String?
    /// When the scan started (ISO-8601 UTC).
    public var startedAt: String
    /// How long it took, in milliseconds.
    public var durationMs: Int64
    /// Files read.
    public var filesScanned: Int64
    /// Bytes read.
    public var bytesScanned: Int64
    /// Files skipped (binary, too large, unreadable …).
    public var filesSkipped: Int64
    /// Findings stored with the scan.
    public var findingCount: Int64

    /// A scan not yet inserted.
    public init(
        id: Int64? = nil, codebaseId: Int64?, attemptId: Int64?, root: String, gitRevision: String?,
        target: String, chipGeneration: String?, catalogVersion: String?, startedAt: String,
        durationMs: Int64, filesScanned: Int64, bytesScanned: Int64, filesSkipped: Int64,
        findingCount: Int64
    ) {
        self.id = id
        self.codebaseId = codebaseId
        self.attemptId = attemptId
        self.root = root
        self.gitRevision = gitRevision
        self.target = target
        self.chipGeneration = chipGeneration
        self.catalogVersion = catalogVersion
        self.startedAt = startedAt
        self.durationMs = durationMs
        self.filesScanned = filesScanned
        self.bytesScanned = bytesScanned
        self.filesSkipped = filesSkipped
        self.findingCount = findingCount
    }
}
