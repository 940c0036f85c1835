/// One benchmark run (or import) on one machine, holding many results.
public struct BenchSession: WorkbenchRecord, Equatable {
    /// The table name.
    public static let databaseTableName = "bench_session"
    /// Row id.
    public var id: Int64?
    /// The attempt these numbers belong to, when given.
    public var attemptId: Int64?
    /// A label for people ("nightly", "after tiling fix").
    public var label: String?
    /// `run` when measured by Drawbridge, `import` when read from another tool's file.
    public var source: String
    /// When the session started (ISO-8601 UTC).
    public var startedAt: String
    /// When it ended.
    public var finishedAt: String?
    /// The host name of the machine measured.
    public var host: String?
    /// JSON description of the machine (CPU, cores, OS, device, calibration).
    public var machine: String
    /// The port every other port is compared against.
    public var baselinePort: String?
    /// Calibrated memory bandwidth (STREAM triad), GB/s.
    public var triadGbps: Double?
    /// Calibrated FMA peak, GFLOP/s.
    public var fmaGflops: Double?
    /// JSON of the sampler settings used.
    public var settings: String

    /// A session not yet inserted.
    public init(
        id: Int64? = nil, attemptId: Int64?, label: String?, source: String, startedAt: String,
        finishedAt: String?, host: String?, machine: String = "{}", baselinePort: String?,
        triadGbps: Double?, fmaGflops: Double?, settings: String = "{}"
    ) {
        self.id = id
        self.attemptId = attemptId
        self.label = label
        self.source = source
        self.startedAt = startedAt
        self.finishedAt = finishedAt
        self.host = host
        self.machine = machine
        self.baselinePort = baselinePort
        self.triadGbps = triadGbps
        self.fmaGflops = fmaGflops
        self.settings = settings
    }
}
