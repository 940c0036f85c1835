import Foundation
import KernelBench
import WorkbenchStore

/// Converts a harness session into the store's session and result rows.
public enum BenchRecords {
    /// The rows for `session`: one result per kernel, size and port, carrying the port's
    /// comparison with the baseline; a port that computed a wrong result gets a `WRONG` row.
    public static func records(
        for session: KernelBench.BenchSession, attempt: Int64?, label: String?, source: String, finishedAt: Date
    ) -> (WorkbenchStore.BenchSession, [WorkbenchStore.BenchResult]) {
        let stored = WorkbenchStore.BenchSession(
            attemptId: attempt, label: label, source: source, startedAt: session.startedAt,
            finishedAt: Timestamp.string(from: finishedAt), host: session.machine.hostname,
            machine: json(session.machine), baselinePort: session.baseline,
            triadGbps: session.machine.calibration?.triadGBps, fmaGflops: session.machine.calibration?.fmaGFLOPs,
            settings: json(session.settings))
        var comparisons: [String: Comparison] = [:]
        for comparison in session.comparisons where comparison.port != comparison.baseline || session.selfCheck {
            comparisons[key(comparison.kernel, comparison.size, comparison.port)] = comparison
        }
        var seen: Set<String> = []
        var rows: [WorkbenchStore.BenchResult] = []
        for result in session.results {
            var port = result.port
            // An A/A self-check measures one port against itself: the second arm is stored
            // under its own name so both stay in the session.
            if seen.contains(key(result.kernel, result.size, port)) { port += " (A/A)" }
            seen.insert(key(result.kernel, result.size, port))
            let isBaseline = result.port == session.baseline && !port.hasSuffix("(A/A)")
            let comparison = isBaseline && !session.selfCheck ? nil : comparisons[key(result.kernel, result.size, result.port)]
            rows.append(WorkbenchStore.BenchResult(
                sessionId: 0, kernel: result.kernel, size: result.size, port: port,
                samples: Int64(result.samples.count), medianNs: finite(result.summary.median),
                madNs: finite(result.summary.mad), minNs: finite(result.summary.min), q1Ns: finite(result.summary.q1),
                q3Ns: finite(result.summary.q3), stopReason: result.stopReason.rawValue,
                checksumOk: result.checksumOK, gbps: result.gbps.flatMap(finite), gflops: result.gflops.flatMap(finite),
                rawSamples: json(result.samples), baselinePort: comparison?.baseline,
                ratio: comparison.flatMap { finite($0.ratio) }, ciLow: comparison.flatMap { finite($0.ci95.low) },
                ciHigh: comparison.flatMap { finite($0.ci95.high) },
                lossPercent: comparison.flatMap { finite($0.lossPercent) },
                verdict: comparison.flatMap { WorkbenchStore.Verdict(rawValue: $0.verdict.rawValue) },
                rounds: comparison?.rounds.map { Int64($0.count) }, processes: comparison?.processes.map(Int64.init),
                roundSpread: comparison?.roundSpread.flatMap(finite)))
        }
        for failure in session.failures where !seen.contains(key(failure.kernel, failure.size, failure.port)) {
            seen.insert(key(failure.kernel, failure.size, failure.port))
            rows.append(WorkbenchStore.BenchResult(
                sessionId: 0, kernel: failure.kernel, size: failure.size, port: failure.port, samples: 0,
                stopReason: failure.wrongResult ? "wrong result" : "failed: " + failure.message,
                checksumOk: failure.wrongResult ? false : nil, baselinePort: session.baseline,
                verdict: failure.wrongResult ? .wrong : nil))
        }
        return (stored, rows)
    }

    /// The raw samples of a stored result.
    public static func samples(of result: WorkbenchStore.BenchResult) -> [Double] {
        (try? JSONDecoder().decode([Double].self, from: Data(result.rawSamples.utf8))) ?? []
    }

    private static func key(_ kernel: String, _ size: String, _ port: String) -> String {
        kernel + "\u{0}" + size + "\u{0}" + port
    }

    private static func finite(_ value: Double) -> Double? { value.isFinite ? value : nil }

    private static func json<T: Encodable>(_ value: T) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        encoder.nonConformingFloatEncodingStrategy = .convertToString(positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
        return (try? encoder.encode(value)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
    }
}
