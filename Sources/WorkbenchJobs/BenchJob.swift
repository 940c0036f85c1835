import Foundation
import KernelBench
import WorkbenchStore

/// A run of the benchmark suite that lands in the store: what the workbench's `r` runs in
/// the background, with the same rows `drawbridge bench run --save` writes.
public struct BenchJob: Sendable {
    /// What to measure.
    public var plan: BenchPlan
    /// The attempt the numbers belong to, when one.
    public var attempt: Int64?
    /// The session's label.
    public var label: String?

    /// A run of `plan`, stored against `attempt` with `label`.
    public init(plan: BenchPlan, attempt: Int64? = nil, label: String? = nil) {
        self.plan = plan
        self.attempt = attempt
        self.label = label
    }

    /// Runs and saves; returns the stored session. A cancelled run throws
    /// `BenchError.cancelled` and stores nothing.
    public func run(
        ports: [any BenchPort], into workbench: Workbench, cancellation: CancellationToken,
        progress: @escaping @Sendable (JobProgress) -> Void = { _ in }
    ) throws -> WorkbenchStore.BenchSession {
        let session = try BenchRunner(ports: ports).run(plan, cancellation: cancellation) { step in
            guard step.phase != .skipped else { return }
            let fraction = step.total > 0 ? Double(step.step) / Double(step.total) : nil
            progress(JobProgress(fraction: fraction, message: step.message))
        }
        let (stored, results) = BenchRecords.records(
            for: session, attempt: attempt, label: label, source: "run", finishedAt: workbench.clock.now())
        return try workbench.saveBenchSession(stored, results: results)
    }
}
