/// Charts as lines of block characters, for Markdown code blocks.
enum TextChart {
    /// Width of the longest bar, in characters.
    static let width = 32

    /// The chart as text lines (without the code fence).
    static func render(_ chart: Chart) -> [String] {
        switch chart {
        case let .lines(title, labels, series):
            // A burn-down reads well as one bar per scan: the total, then the blocker count.
            let total = series.first?.values ?? []
            let blockers = series.first { $0.name == "blocker" }?.values ?? []
            return [title + " (total; blockers)"] + bars(labels.indices.map { index in
                (labels[index], total[index], "\(Int(total[index])) (\(Int(blockers.indices.contains(index) ? blockers[index] : 0)) blockers)")
            })
        case let .stacked(title, categories, series, unit):
            return [title + " (total)"] + bars(categories.indices.map { index in
                let sum = series.reduce(0) { $0 + $1.values[index] }
                return (categories[index], sum, Figures.hours(sum).replacingOccurrences(of: " h", with: " \(unit)"))
            })
        case let .whiskers(title, rows):
            return [title] + bars(rows.map { ($0.label, abs($0.value), ($0.value < 0 ? "faster " : "") + $0.note) })
        }
    }

    /// `label  ███████▌ note` rows scaled to the largest value.
    private static func bars(_ rows: [(label: String, value: Double, note: String)]) -> [String] {
        let largest = rows.map(\.value).max() ?? 0
        let labelWidth = min(rows.map { ReportText.code($0.label).count }.max() ?? 0, 40)
        let eighths = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"]
        return rows.map { row in
            var label = ReportText.code(row.label)
            if label.count > labelWidth { label = String(label.prefix(labelWidth - 1)) + "…" }
            label += String(repeating: " ", count: labelWidth - label.count)
            let units = largest > 0 ? Int((row.value / largest * Double(width * 8)).rounded()) : 0
            let bar = String(repeating: "█", count: units / 8) + eighths[units % 8]
            return label + "  " + bar + String(repeating: " ", count: width - bar.count + 1) + " " + ReportText.code(row.note)
        }
    }
}
