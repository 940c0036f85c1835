/// The machine's measured roofs, taken once per session and kept with its results.
public struct Calibration: Sendable, Codable, Hashable {
    /// Best STREAM-style triad bandwidth, GB/s (10^9 bytes per second).
    public var triadGBps: Double
    /// Best float fused multiply-add throughput on all cores, GFLOP/s.
    public var fmaGFLOPs: Double
    /// Worker threads used for both probes.
    public var threads: Int

    /// Creates a calibration.
    public init(triadGBps: Double, fmaGFLOPs: Double, threads: Int) {
        self.triadGBps = triadGBps
        self.fmaGFLOPs = fmaGFLOPs
        self.threads = threads
    }

    private enum CodingKeys: String, CodingKey {
        case triadGBps = "triad_gbps", fmaGFLOPs = "fma_gflops", threads
    }

    /// The roof a kernel is judged against, in the unit of `spec.bound` (GB/s or GFLOP/s).
    public func roof(for bound: KernelSpec.Roof) -> Double {
        bound == .memory ? triadGBps : fmaGFLOPs
    }
}
