import TerminalCore
import WorkbenchStore

/// `drawbridge show attempt ID` as prose for the terminal.
public enum AttemptDetailText {
    /// The attempt's header, status history, interventions and hour totals.
    public static func render(_ detail: AttemptDetail, width: Int?) -> String {
        let attempt = detail.attempt
        let safe = TerminalText.sanitized
        var out = "Attempt \(attempt.id) · \(safe(attempt.title))\n"
        let fields: [(String, String)] = [
            ("team", safe(attempt.team)),
            ("codebase", safe(attempt.codebase)),
            ("target", "\(attempt.target.rawValue) · \(attempt.strategy.rawValue)"),
            ("status", "\(attempt.status.rawValue) · \(attempt.daysOpen) days \(attempt.status.isClosed ? "to close" : "open")"),
            ("from", safe(attempt.sourceStack)),
            ("to", safe(attempt.targetStack ?? "—")),
            ("hours", "\(NumberText.hours(attempt.hours)) over \(attempt.interventions) intervention\(attempt.interventions == 1 ? "" : "s")"),
        ]
        for (label, value) in fields {
            out += "  " + TextWidth.pad(label, to: 9) + value + "\n"
        }
        out += "\nStatus history\n"
        for event in detail.events {
            let day = String(event.at.prefix(10))
            let change = event.fromStatus.map { "\($0.rawValue) → \(event.toStatus.rawValue)" } ?? "created as \(event.toStatus.rawValue)"
            if let note = event.note {
                out += "  \(day)  " + TextWidth.pad(change, to: 22) + "  " + safe(note) + "\n"
            } else {
                out += "  \(day)  " + change + "\n"
            }
        }
        out += "\nInterventions\n"
        let table = Tabular(
            columns: [
                Tabular.Column("id", alignRight: true), Tabular.Column("date"), Tabular.Column("engineer"),
                Tabular.Column("kind"), Tabular.Column("hours", alignRight: true), Tabular.Column("outcome"),
                Tabular.Column("summary", flexible: true),
            ],
            rows: detail.interventions.map { item in
                [.int(item.id), .text(item.date.description), .text(item.engineer), .text(item.kind.rawValue),
                 .hours(item.hours), .optional(item.outcome?.rawValue), .text(item.summary)]
            })
        out += indent(TableRenderer(maxWidth: width.map { $0 - 2 }, emptyMessage: "(none logged)").render(table))
        if !detail.interventions.isEmpty {
            out += "\nHours by kind\n" + buckets(detail.hoursByKind)
            out += "\nHours by engineer\n" + buckets(detail.hoursByEngineer)
        }
        return out
    }

    private static func buckets(_ buckets: [HoursBucket]) -> String {
        let labelWidth = buckets.map { TextWidth.of($0.label) }.max() ?? 0
        let hourWidth = buckets.map { NumberText.format($0.hours, decimals: 2).count }.max() ?? 0
        return buckets.map { bucket in
            "  " + TextWidth.pad(TerminalText.sanitized(bucket.label), to: labelWidth) + "  "
                + TextWidth.pad(NumberText.format(bucket.hours, decimals: 2), to: hourWidth, alignRight: true)
                + " h  (\(bucket.count))\n"
        }.joined()
    }

    private static func indent(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.isEmpty ? "" : "  " + $0 }.joined(separator: "\n")
    }
}
