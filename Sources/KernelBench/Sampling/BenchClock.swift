import CKernels

/// A monotonic clock in nanoseconds; injected so the sampler's stopping rules can be tested.
public protocol BenchClock: Sendable {
    /// Nanoseconds since an arbitrary fixed point.
    func now() -> UInt64
}

/// The system's monotonic clock.
public struct MonotonicClock: BenchClock {
    /// Creates the clock.
    public init() {}

    /// Nanoseconds from CLOCK_MONOTONIC.
    public func now() -> UInt64 { ck_now_ns() }
}
