import Foundation

/// A value computed on another thread while the caller does something else, then waited for.
final class BackgroundResult<Value: Sendable>: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    // Written once by the worker before it signals, read only after the wait.
    private var result: Result<Value, any Error>?

    /// Starts `work` at once on a global queue.
    init(_ work: @escaping @Sendable () throws -> Value) {
        DispatchQueue.global(qos: .userInitiated).async {
            self.result = Result { try work() }
            self.done.signal()
        }
    }

    /// Waits for the work and returns its value, or throws its error.
    func value() throws -> Value {
        done.wait()
        done.signal()  // a second call returns at once
        return try result!.get()
    }
}
