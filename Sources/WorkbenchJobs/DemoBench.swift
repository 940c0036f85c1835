import Foundation
import KernelBench
import WorkbenchStore

/// The benchmark sessions the demo workspace ships: real `drawbridge bench run --format json`
/// output recorded on the machine named inside each file, stored against the demo's
/// portable-OpenCL attempt.
enum DemoBench {
    /// The demo attempt the sessions belong to.
    static let attemptTitle = "deform-ops building blocks in portable OpenCL"
    /// Its codebase.
    static let codebase = "deform-ops"

    /// Stores every session in `directory` unless the attempt already has sessions; returns how many.
    static func load(into workbench: Workbench, directory: String) throws -> Int {
        let attempts = try workbench.attempts(AttemptFilter(codebase: codebase))
        guard let attempt = attempts.first(where: { $0.title == attemptTitle }),
              try workbench.benchSessions(attempt: attempt.id).isEmpty
        else { return 0 }
        let files = ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? [])
            .filter { $0.hasSuffix(".json") }.sorted()
        var added = 0
        for file in files {
            let path = (directory as NSString).appendingPathComponent(file)
            guard let data = FileManager.default.contents(atPath: path) else { continue }
            let session: KernelBench.BenchSession
            do {
                session = try JSONDecoder().decode(KernelBench.BenchSession.self, from: data)
            } catch {
                throw StoreError.invalidDocument(path: path, reason: "not a drawbridge.bench/1 session: \(error)")
            }
            let machine = "\(session.machine.cpu), \(session.machine.cores) cores, host \(session.machine.hostname)"
            let (stored, results) = BenchRecords.records(
                for: session, attempt: attempt.id, label: "c vs opencl (PoCL) on \(machine)", source: "run",
                finishedAt: Timestamp.date(from: session.startedAt) ?? workbench.clock.now())
            try workbench.saveBenchSession(stored, results: results)
            added += 1
        }
        return added
    }
}
