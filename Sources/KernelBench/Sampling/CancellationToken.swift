import Foundation

/// A flag a caller sets (e.g. on Ctrl-C) and the sampler checks between samples.
public final class CancellationToken: @unchecked Sendable {
    private let lock = NSLock()
    private var cancelled = false

    /// Creates a token that is not cancelled.
    public init() {}

    /// Requests cancellation; safe from any thread.
    public func cancel() {
        lock.lock()
        cancelled = true
        lock.unlock()
    }

    /// Whether cancellation was requested.
    public var isCancelled: Bool {
        lock.lock()
        defer { lock.unlock() }
        return cancelled
    }

    /// Throws `BenchError.cancelled` when cancellation was requested.
    public func check() throws(BenchError) {
        if isCancelled { throw BenchError.cancelled }
    }
}
