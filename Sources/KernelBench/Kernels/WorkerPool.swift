import CKernels

/// The C worker pool the reference port runs on: one thread per core, the caller included.
public final class WorkerPool: @unchecked Sendable {
    /// The underlying C pool; only one task runs on it at a time (the harness is sequential).
    public let handle: OpaquePointer?
    /// Number of workers.
    public let size: Int

    /// A process-wide pool sized to the cores this process may use.
    public static let shared = WorkerPool(threads: Int(ck_online_cpus()))

    /// Creates a pool with `threads` workers (at least one).
    public init(threads: Int) {
        handle = ck_pool_create(Int32(max(1, threads)))
        size = Int(ck_pool_size(handle))
    }

    /// Whether the pool's threads are pinned one per CPU (enough CPUs for its workers).
    public var isPinned: Bool { ck_pool_pinned(handle) != 0 }

    /// Runs `body` with the calling thread pinned to the CPU the pool keeps for its caller,
    /// then gives the thread its affinity back. The workers are pinned to the other CPUs, so
    /// the caller and a worker never end up sharing one core while another sits busy with
    /// someone else's work (see `ck_pool.c`). Only kernel calls belong inside: a thread or
    /// process started from a pinned thread inherits its single CPU (a runner process would
    /// then run on one core), so nothing that starts either may run in `body`.
    public func withPinnedCaller<T, E: Error>(_ body: () throws(E) -> T) throws(E) -> T {
        var saved = ck_affinity()
        ck_pool_pin_caller(handle, &saved)
        defer { ck_pool_unpin_caller(&saved) }
        return try body()
    }

    deinit {
        ck_pool_destroy(handle)
    }
}
