/// Everything one benchmark run produced: machine, settings, results, comparisons, PP.
public struct BenchSession: Sendable, Codable {
    /// The JSON schema identifier written with every session.
    public static let schemaID = "drawbridge.bench/1"

    /// Always `drawbridge.bench/1`.
    public var schema: String = BenchSession.schemaID
    /// When the run started (ISO 8601, UTC).
    public var startedAt: String
    /// The machine, with its calibration.
    public var machine: MachineDescription
    /// The sampler settings used.
    public var settings: SamplerSettings
    /// The baseline port.
    public var baseline: String
    /// Whether this was an A/A self-check.
    public var selfCheck: Bool
    /// Every port considered, with availability.
    public var ports: [PortStatus]
    /// Measurements.
    public var results: [KernelResult]
    /// Port-versus-baseline comparisons.
    public var comparisons: [Comparison]
    /// Performance portability per kernel and size.
    public var portability: [PortabilityScore]
    /// Kernels that could not be measured, with reasons.
    public var failures: [KernelFailure]

    /// Creates a session.
    public init(startedAt: String, machine: MachineDescription, settings: SamplerSettings,
                baseline: String, selfCheck: Bool, ports: [PortStatus], results: [KernelResult] = [],
                comparisons: [Comparison] = [], portability: [PortabilityScore] = [],
                failures: [KernelFailure] = []) {
        self.startedAt = startedAt
        self.machine = machine
        self.settings = settings
        self.baseline = baseline
        self.selfCheck = selfCheck
        self.ports = ports
        self.results = results
        self.comparisons = comparisons
        self.portability = portability
        self.failures = failures
    }

    /// How many comparisons reached each verdict.
    public var verdictCounts: [Verdict: Int] {
        var out: [Verdict: Int] = [:]
        for c in comparisons where c.note == nil { out[c.verdict, default: 0] += 1 }
        return out
    }

    private enum CodingKeys: String, CodingKey {
        case schema, machine, settings, baseline, ports, results, comparisons, portability, failures
        case startedAt = "started_at", selfCheck = "self_check"
    }
}
