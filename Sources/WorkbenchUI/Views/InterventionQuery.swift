import WorkbenchStore

/// The intervention filter typed after `/`: `engineer:NAME`, `kind:KIND`, `since:DAY`,
/// `until:DAY` (a day, or a month such as `2026-11`) and free text matched anywhere.
///
/// `engineer:` and `kind:` match a prefix, case-insensitively, so `kind:perf` finds
/// perf-tuning; an unknown word before a colon is plain text, so summaries with colons
/// still match.
struct InterventionQuery: Equatable, Sendable {
    /// Engineer name prefix.
    var engineer: String?
    /// Kind prefix.
    var kind: String?
    /// First day included (`YYYY-MM-DD` or `YYYY-MM`).
    var since: String?
    /// Last day included (`YYYY-MM-DD` or `YYYY-MM`).
    var until: String?
    /// Words matched anywhere in the row.
    var text: String = ""

    /// Parses the filter line.
    init(parsing line: String) {
        var words: [String] = []
        for word in line.split(separator: " ") {
            let parts = word.split(separator: ":", maxSplits: 1).map(String.init)
            guard parts.count == 2, !parts[1].isEmpty else {
                words.append(String(word))
                continue
            }
            switch parts[0].lowercased() {
            case "engineer", "eng", "who": engineer = parts[1].lowercased()
            case "kind": kind = parts[1].lowercased()
            case "since", "from": since = parts[1]
            case "until", "to": until = parts[1]
            case "date", "on":
                since = parts[1]
                until = parts[1]
            default: words.append(String(word))
            }
        }
        text = words.joined(separator: " ")
    }

    /// True when the structured parts accept `item` (free text is left to the table).
    func accepts(_ item: InterventionSummary) -> Bool {
        if let engineer, !item.engineer.lowercased().hasPrefix(engineer) { return false }
        if let kind, !item.kind.rawValue.hasPrefix(kind) { return false }
        let day = item.date.description
        // Comparing the day's prefix of the bound's length makes `2026-11` cover the month.
        if let since, String(day.prefix(since.count)) < since { return false }
        if let until, String(day.prefix(until.count)) > until { return false }
        return true
    }

    /// True when the query narrows by more than free text.
    var isStructured: Bool { engineer != nil || kind != nil || since != nil || until != nil }
}
