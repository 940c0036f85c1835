import Foundation

/// A value guarded by a lock, shared between the scanner's worker threads.
///
/// Built on `NSLock` rather than the Synchronization module so the library keeps the platform
/// requirements of the rest of Drawbridge (macOS 13).
final class LockedValue<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Value

    init(_ value: Value) { self.value = value }

    /// Runs `body` with exclusive access to the value.
    func withLock<Result>(_ body: (inout Value) throws -> Result) rethrows -> Result {
        lock.lock()
        defer { lock.unlock() }
        return try body(&value)
    }

    /// Returns the current value and adds one to it (a shared work index).
    func fetchAndIncrement() -> Value where Value == Int {
        withLock { current in
            defer { current += 1 }
            return current
        }
    }
}
