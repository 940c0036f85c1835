/// Pennycook's performance-portability metric over a set of platforms (here: ports).
public enum Portability {
    /// Harmonic mean of the efficiencies, or 0 when any platform is unsupported (nil).
    ///
    /// Efficiencies outside (0, 1] other than nil are clamped into it; an empty set gives 0.
    public static func pennycook(_ efficiencies: [Double?]) -> Double {
        guard !efficiencies.isEmpty else { return 0 }
        var inverseSum = 0.0
        for e in efficiencies {
            guard let e, e.isFinite, e > 0 else { return 0 }
            inverseSum += 1 / min(e, 1)
        }
        return Double(efficiencies.count) / inverseSum
    }

    /// Application efficiency of each port: the best (smallest) time divided by its time.
    public static func applicationEfficiencies(_ medians: [String: Double]) -> [String: Double] {
        let finite = medians.values.filter { $0.isFinite && $0 > 0 }
        guard let best = finite.min() else { return [:] }
        var out: [String: Double] = [:]
        for (port, t) in medians where t.isFinite && t > 0 { out[port] = best / t }
        return out
    }
}
