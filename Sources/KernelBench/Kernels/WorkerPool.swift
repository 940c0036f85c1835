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

    deinit {
        ck_pool_destroy(handle)
    }
}
