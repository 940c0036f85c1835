import CKernels

/// Measures the machine's roofs: STREAM-style triad bandwidth and FMA throughput.
public enum Calibrator {
    /// Floats per triad array: 128 MiB each, four times this machine class's last-level
    /// cache, as STREAM's rules ask.
    public static let triadElements = 1 << 25

    /// Runs both probes on the pool (best of several runs each).
    public static func measure(pool: WorkerPool = .shared, triadElements: Int = Calibrator.triadElements,
                               runs: Int = 10) -> Calibration {
        let bw = ck_calibrate_triad(pool.handle, triadElements, Int32(runs))
        let fma = ck_calibrate_fma(pool.handle, Int32(max(3, runs / 2)))
        return Calibration(triadGBps: bw / 1e9, fmaGFLOPs: fma / 1e9, threads: pool.size)
    }
}
