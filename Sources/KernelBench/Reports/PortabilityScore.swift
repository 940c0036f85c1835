/// Pennycook performance portability of one kernel at one size across the measured ports.
public struct PortabilityScore: Sendable, Codable, Hashable {
    /// The kernel.
    public var kernel: String
    /// The size label.
    public var size: String
    /// The ports forming the platform set.
    public var ports: [String]
    /// PP from application efficiency (best port's time / each port's time).
    public var application: Double
    /// PP from architectural efficiency (fraction of the machine roof), when calibrated.
    public var architectural: Double?

    /// Creates a score.
    public init(kernel: String, size: String, ports: [String], application: Double,
                architectural: Double?) {
        self.kernel = kernel
        self.size = size
        self.ports = ports
        self.application = application
        self.architectural = architectural
    }

    /// Scores every kernel and size present in `results`; a port with a wrong or missing
    /// result for a kernel counts as unsupported, which makes that kernel's PP zero.
    public static func score(results: [KernelResult], ports: [String]) -> [PortabilityScore] {
        var keys: [String] = []
        var grouped: [String: [KernelResult]] = [:]
        for r in results {
            let key = r.kernel + "\u{0}" + r.size
            if grouped[key] == nil { keys.append(key) }
            grouped[key, default: []].append(r)
        }
        return keys.map { key in
            let group = grouped[key]!
            var medians: [String: Double] = [:]
            var roofs: [String: Double] = [:]
            for r in group where r.checksumOK && r.summary.count > 0 {
                medians[r.port] = r.summary.median
                if let pct = r.roofPercent { roofs[r.port] = pct / 100 }
            }
            let eff = Portability.applicationEfficiencies(medians)
            let app = Portability.pennycook(ports.map { eff[$0] })
            let arch: Double? = roofs.isEmpty ? nil : Portability.pennycook(ports.map { roofs[$0] })
            return PortabilityScore(kernel: group[0].kernel, size: group[0].size, ports: ports,
                                    application: app, architectural: arch)
        }
    }
}
