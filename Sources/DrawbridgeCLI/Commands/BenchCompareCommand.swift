import ArgumentParser
import Foundation
import WorkbenchJobs
import KernelBench
import WorkbenchStore

/// `drawbridge bench compare`: loss of stored ports against a stored baseline, across sessions
/// and machines (labelled as such, since a cross-machine ratio mixes hardware with the port).
struct BenchCompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare", abstract: "Compare stored results of ports with a baseline, across sessions and machines.",
        discussion: """
            A port measured against the baseline in the same session keeps that session's \
            comparison from its rounds (interval 'rounds', with the rounds and the spread \
            between them). Other pairs are compared from pooled samples (interval 'pooled'): \
            such an interval knows nothing of the spread between runs, so across sessions it \
            is too narrow.
            """)

    @OptionGroup var workspace: WorkspaceOptions
    @Option(help: "The baseline port.") var baseline: String
    @Option(name: .customLong("port"), help: "Only these ports (repeatable; default every other stored port).") var ports: [String] = []
    @Option(name: .customLong("session"), help: "Only these sessions (repeatable; default all).") var sessions: [Int64] = []
    @Option(help: "Practical-equivalence band in percent.") var band: Double = 3
    @Option(help: "Output format.") var format: OutputFormat = .table

    /// A stored result with the session and host it came from.
    private struct Stored {
        var result: WorkbenchStore.BenchResult
        var session: WorkbenchStore.BenchSession
    }

    func run() throws {
        guard band.isFinite, band >= 0, band < 100 else { throw ValidationError("--band must be a percentage from 0 to 100") }
        let workbench = try workspace.open()
        let chosen = try sessions.isEmpty ? workbench.benchSessions() : sessions.map { id throws(StoreError) in
            guard let session = try workbench.benchSessions().first(where: { $0.id == id }) else {
                throw StoreError.notFound(entity: "bench session", key: String(id))
            }
            return session
        }
        var latest: [String: Stored] = [:]  // newest first, so the first seen wins
        for session in chosen.sorted(by: { $0.startedAt > $1.startedAt }) {
            for result in try workbench.benchResults(session: session.id ?? 0) where result.samples > 0 {
                let key = [result.kernel, result.size, result.port].joined(separator: "\u{0}")
                if latest[key] == nil { latest[key] = Stored(result: result, session: session) }
            }
        }
        var rows: [[Tabular.Value]] = []
        for (key, base) in latest.sorted(by: { $0.key < $1.key }) where base.result.port == baseline {
            let parts = key.split(separator: "\u{0}", omittingEmptySubsequences: false)
            for (_, other) in latest.sorted(by: { $0.key < $1.key })
            where other.result.kernel == parts[0] && other.result.size == parts[1] && other.result.port != baseline
                && (ports.isEmpty || ports.contains(other.result.port))
            {
                let sameMachine = base.session.host == other.session.host
                let line = Self.line(base: base, other: other, baseline: baseline, band: band / 100, sameMachine: sameMachine)
                let comparison = line.comparison
                let machines = sameMachine ? "same machine" : "\(base.session.host ?? "?") vs \(other.session.host ?? "?")"
                rows.append([
                    .text(comparison.kernel), .text(comparison.size), .text(baseline), .int(base.session.id ?? 0),
                    .text(comparison.port), .int(other.session.id ?? 0), number(comparison.ratio, 3),
                    number(comparison.ci95.low, 3), number(comparison.ci95.high, 3),
                    line.rounds.map { .int($0) } ?? .null, line.spread.map { number($0 * 100, 1) } ?? .null,
                    .text(line.rounds == nil ? "pooled" : "rounds"),
                    number(comparison.lossPercent, 1), .text(comparison.verdict.rawValue), .text(machines),
                ])
            }
        }
        let table = Tabular(
            columns: [
                .init("kernel"), .init("size"), .init("baseline"), .init("baseline_session", alignRight: true),
                .init("port"), .init("port_session", alignRight: true), .init("ratio", alignRight: true),
                .init("ci95_low", alignRight: true), .init("ci95_high", alignRight: true),
                .init("rounds", alignRight: true), .init("spread_percent", alignRight: true), .init("interval"),
                .init("loss_percent", alignRight: true), .init("verdict"), .init("machines", flexible: true),
            ],
            rows: rows)
        print(format.render(table, terminalWidth: CommandEnvironment.terminalWidth(),
                            emptyMessage: "no stored results pair port '\(TerminalSafe.text(baseline))' with another port"),
              terminator: "")
    }

    /// One compared pair, and where its interval came from.
    private struct Line {
        var comparison: Comparison
        /// Rounds and between-round spread of a comparison kept from its session, else nil.
        var rounds: Int64?
        var spread: Double?
    }

    /// The port against the baseline. A port measured against this baseline in the same
    /// session keeps the comparison that session made from its rounds (re-judged with this
    /// band), since its interval carries the spread between rounds and runner processes;
    /// anything else is compared from the pooled samples of both results, an interval that
    /// knows nothing of that spread (the `interval` column says which).
    private static func line(base: Stored, other: Stored, baseline: String, band: Double, sameMachine: Bool) -> Line {
        let result = other.result
        if base.session.id == other.session.id, result.baselinePort == baseline, let rounds = result.rounds, rounds > 0,
           let ratio = result.ratio, let low = result.ciLow, let high = result.ciHigh {
            let interval = Bootstrap.Interval(low: low, high: high)
            let verdict = KernelBench.Verdict.decide(ratio: ratio, interval: interval, band: band, samples: Int(result.samples))
            let comparison = Comparison(kernel: result.kernel, size: result.size, baseline: baseline, port: result.port,
                                        ratio: ratio, ci95: interval, verdict: verdict, band: band, sameMachine: sameMachine)
            return Line(comparison: comparison, rounds: rounds, spread: result.roundSpread)
        }
        return Line(comparison: Comparison.from(
            kernel: result.kernel, size: result.size, baseline: baseline, port: result.port,
            baselineSamples: BenchRecords.samples(of: base.result), portSamples: BenchRecords.samples(of: result),
            band: band, sameMachine: sameMachine))
    }

    private func number(_ value: Double, _ decimals: Int) -> Tabular.Value {
        value.isFinite ? .number(value, decimals: decimals) : .null
    }
}
