import Foundation
import KernelBench

#if canImport(Glibc)
import Glibc
#endif

/// Turns Ctrl-C (SIGINT) into a cancellation of long work, so a benchmark stops between
/// samples and saves nothing half-done instead of dying mid-write.
enum InterruptFlag {
    nonisolated(unsafe) private static var token: CancellationToken?
    nonisolated(unsafe) private static var source: DispatchSourceSignal?

    /// Routes SIGINT to `token.cancel()` until the process ends.
    static func install(_ cancellation: CancellationToken) {
        token = cancellation
        signal(SIGINT, SIG_IGN)
        let signalSource = DispatchSource.makeSignalSource(signal: SIGINT, queue: .global())
        signalSource.setEventHandler {
            CommandEnvironment.printError("\ninterrupted: stopping after the current sample; nothing is saved")
            token?.cancel()
        }
        signalSource.resume()
        source = signalSource
    }
}
