import Foundation

/// Renders a session as plain-text tables for the terminal: results, then the loss table.
public enum TableReportWriter {
    /// The full report: machine line, skipped ports, results, comparisons, failures, PP.
    public static func write(_ session: BenchSession) -> String {
        var out: [String] = []
        let m = session.machine
        // An imported machine may know only part of itself (a transcript's host line): unknown parts are left out.
        let parts = [m.cpu, m.cores > 0 ? "\(m.cores) cores" : "", m.os == "unknown" ? "" : m.os].filter { !$0.isEmpty }
        out.append(stripControl("machine: \(parts.joined(separator: ", ")) (\(m.source))"))
        for d in m.devices { out.append(stripControl("device: \(d)")) }
        if let c = m.calibration {
            out.append(String(format: "roofs: triad %.1f GB/s, FMA %.1f GFLOP/s (%d threads)",
                              c.triadGBps, c.fmaGFLOPs, c.threads))
        }
        for p in session.ports where !p.available { out.append(stripControl("skipped \(p.line)")) }
        out.append("")
        out.append(resultsTable(session.results))
        if !session.comparisons.isEmpty {
            out.append("")
            out.append(lossTable(session.comparisons))
            let counts = session.verdictCounts
            let summary = Verdict.allCases.compactMap { v in counts[v].map { "\($0) \(v.rawValue)" } }
            out.append("verdicts: " + summary.joined(separator: ", ")
                       + String(format: " (band ±%.1f%%)", session.settings.band * 100))
        }
        for f in session.failures { out.append(stripControl("FAILED \(f.kernel) \(f.size) \(f.port): \(f.message)")) }
        if !session.portability.isEmpty {
            out.append("")
            out.append(portabilityTable(session.portability))
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// One row per measurement: median, MAD, interval, throughput, roof, stop reason.
    public static func resultsTable(_ results: [KernelResult]) -> String {
        var rows = [["kernel", "size", "port", "median", "MAD", "95% CI of median", "n", "GB/s", "GFLOP/s",
                     "roof", "stop"]]
        for r in results {
            let s = r.summary
            rows.append([r.kernel, r.size, r.port, duration(s.median), duration(s.mad),
                         "\(duration(r.ci.low)) .. \(duration(r.ci.high))", "\(s.count)",
                         r.gbps.map { String(format: "%.1f", $0) } ?? "-",
                         r.gflops.map { String(format: "%.1f", $0) } ?? "-",
                         r.roofPercent.map { String(format: "%.0f%%", $0) } ?? "-", r.stopReason.rawValue])
        }
        return render(rows)
    }

    /// The loss table: ratio, interval, loss and verdict for each port against its baseline.
    ///
    /// Comparisons measured in rounds also show how many rounds (and runner processes) they
    /// took and the spread of the ratio between rounds, next to the interval it produced;
    /// older ones, without rounds, leave those columns out.
    public static func lossTable(_ comparisons: [Comparison]) -> String {
        let rounded = comparisons.contains { $0.rounds != nil }
        var header = ["kernel", "size", "baseline", "port", "ratio", "95% CI"]
        if rounded { header += ["rounds", "spread"] }
        var rows = [header + ["loss", "verdict"]]
        for c in comparisons {
            let verdict = c.note.map { $0.uppercased() } ?? c.verdict.rawValue
            let label = c.sameMachine ? verdict : verdict + " (different machines)"
            var row = [c.kernel, c.size, c.baseline, c.port, number(c.ratio, "%.3f"),
                       "[\(number(c.ci95.low, "%.3f")), \(number(c.ci95.high, "%.3f"))]"]
            if rounded { row += [roundsText(c), c.roundSpread.map { number($0 * 100, "±%.1f%%") } ?? "-"] }
            rows.append(row + [number(c.lossPercent, "%+.1f%%"), label])
        }
        return render(rows)
    }

    /// `6` rounds, or `6 (12 proc)` when the arms ran in fresh runner processes.
    static func roundsText(_ c: Comparison) -> String {
        guard let rounds = c.rounds else { return "-" }
        let processes = c.processes ?? 1
        return processes > 1 ? "\(rounds.count) (\(processes) proc)" : "\(rounds.count)"
    }

    /// Pennycook PP per kernel and size.
    public static func portabilityTable(_ scores: [PortabilityScore]) -> String {
        var rows = [["kernel", "size", "ports", "PP (application)", "PP (architectural)"]]
        for s in scores {
            rows.append([s.kernel, s.size, s.ports.joined(separator: ","), number(s.application, "%.2f"),
                         s.architectural.map { number($0, "%.2f") } ?? "-"])
        }
        return render(rows)
    }

    /// Nanoseconds in a readable unit.
    public static func duration(_ ns: Double) -> String {
        guard ns.isFinite else { return "n/a" }
        if ns >= 1e9 { return String(format: "%.3f s", ns / 1e9) }
        if ns >= 1e6 { return String(format: "%.3f ms", ns / 1e6) }
        if ns >= 1e3 { return String(format: "%.2f us", ns / 1e3) }
        return String(format: "%.0f ns", ns)
    }

    private static func number(_ v: Double, _ format: String) -> String {
        v.isFinite ? String(format: format, v) : "n/a"
    }

    /// Left-aligned text columns separated by two spaces.
    static func render(_ rows: [[String]]) -> String {
        let clean = rows.map { $0.map(stripControl) }
        var widths = [Int](repeating: 0, count: clean.map(\.count).max() ?? 0)
        for row in clean { for (i, cell) in row.enumerated() { widths[i] = max(widths[i], cell.count) } }
        return clean.map { row in
            row.enumerated().map { i, cell in
                i == row.count - 1 ? cell : cell.padding(toLength: widths[i], withPad: " ", startingAt: 0)
            }.joined(separator: "  ")
        }.joined(separator: "\n")
    }

    /// Imported names are untrusted: control characters never reach the terminal.
    static func stripControl(_ text: String) -> String {
        String(text.unicodeScalars.map { $0.value < 32 || $0.value == 127 ? "?" : Character($0) })
    }
}
