import Foundation
import KernelBench
import WorkbenchJobs

/// Long work (a scan, a benchmark run) on its own thread while the screen stays live.
/// The work reports progress through the job; the app reads it on every tick and, once
/// the work has ended, shows its outcome and reloads.
final class BackgroundJob: @unchecked Sendable {
    /// How the work ended.
    enum Outcome: Equatable, Sendable {
        /// It finished; the message says what landed in the store.
        case finished(String)
        /// It failed; the message says why.
        case failed(String)
        /// It was cancelled and stored nothing.
        case cancelled
    }

    /// What the work produces, so the screen showing it can jump to the result.
    enum Kind: Sendable { case scan, bench }

    /// What the work produces.
    let kind: Kind
    /// What the job does, for the progress line and the quit question ("scan of src").
    let title: String
    /// When it started, on the app's clock, for the time-left estimate.
    let startedAt: Double
    /// Asks a benchmark run to stop between samples.
    let cancellation = CancellationToken()

    private let lock = NSLock()
    private var latest = JobProgress(fraction: nil, message: "starting")
    private var ended: Outcome?

    /// A job of `kind` called `title` that has not started.
    init(_ kind: Kind, title: String, startedAt: Double) {
        self.kind = kind
        self.title = title
        self.startedAt = startedAt
    }

    /// Runs `work` on a new thread; what it returns (or throws) becomes the outcome.
    func start(_ work: @escaping @Sendable (BackgroundJob) throws -> String) {
        let thread = Thread { [self] in
            let outcome: Outcome
            do {
                outcome = .finished(try work(self))
            } catch {
                if (error as? BenchError) == .cancelled { outcome = .cancelled } else { outcome = .failed(String(describing: error)) }
            }
            finish(outcome)
        }
        thread.name = "drawbridge job: \(title)"
        thread.start()
    }

    /// Records progress; safe from any thread.
    func report(_ progress: JobProgress) {
        lock.withLock { latest = progress }
    }

    /// Records the outcome; safe from any thread.
    func finish(_ outcome: Outcome) {
        lock.withLock { ended = outcome }
    }

    /// The latest progress.
    var progress: JobProgress { lock.withLock { latest } }

    /// The outcome once the work has ended, nil while it runs.
    var outcome: Outcome? { lock.withLock { ended } }
}
