import Foundation
import WorkbenchStore

/// Inline SVG charts: drawn from numbers alone, with no script and no external resource.
/// Each carries a `<title>` for screen readers; the table beside it holds the same numbers.
enum SVGChart {
    /// Colours per series, chosen to stay apart in print as well as on screen.
    static let palette = ["#1f4e79", "#2e8b57", "#d4a017", "#c0392b", "#7d3c98", "#6c7a89", "#e67e22", "#16a085"]

    /// Effort colours: easy to hard, green to red; `unknown` grey; total dark blue.
    static func colour(series name: String, index: Int) -> String {
        switch name {
        case "total": return "#1f4e79"
        case "direct": return "#2e8b57"
        case "mechanical": return "#8fbc3f"
        case "rewrite": return "#e67e22"
        case "blocker": return "#c0392b"
        case "unknown": return "#8e8e8e"
        default:
            // Intervention kinds keep one colour in every chart of every report.
            let kinds = InterventionKind.allCases.map(\.rawValue)
            return palette[(kinds.firstIndex(of: name) ?? index) % palette.count]
        }
    }

    /// The chart as an `<svg>` element.
    static func render(_ chart: Chart) -> String {
        switch chart {
        case let .lines(title, labels, series): return lines(title: title, labels: labels, series: series)
        case let .stacked(title, categories, series, unit): return stacked(title: title, categories: categories, series: series, unit: unit)
        case let .whiskers(title, bars): return whiskers(title: title, bars: bars)
        }
    }

    private static func number(_ value: Double) -> String { String(format: "%.1f", value) }

    private static func open(_ title: String, width: Int, height: Int) -> String {
        "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" width=\"\(width)\" height=\"\(height)\" viewBox=\"0 0 \(width) \(height)\">"
            + "<title>\(ReportText.html(title))</title>"
            + "<text x=\"8\" y=\"16\" class=\"chart-title\">\(ReportText.html(title))</text>"
    }

    private static func text(_ value: String, x: Double, y: Double, anchor: String = "start", extra: String = "") -> String {
        "<text x=\"\(number(x))\" y=\"\(number(y))\" text-anchor=\"\(anchor)\"\(extra)>\(ReportText.html(value))</text>"
    }

    /// Legend entries left to right, wrapping onto a new row before `width`.
    private static func legend(_ names: [String], y: Double, x: Double = 60, width: Double = 740) -> String {
        var out = ""
        var cursor = x
        var row = y
        for (index, name) in names.enumerated() {
            let entry = 22 + Double(name.count) * 7
            if cursor + entry > width, cursor > x {
                cursor = x
                row += 16
            }
            out += "<rect x=\"\(number(cursor))\" y=\"\(number(row - 9))\" width=\"10\" height=\"10\" fill=\"\(colour(series: name, index: index))\"/>"
            out += text(name, x: cursor + 14, y: row)
            cursor += entry
        }
        return out
    }

    /// A "nice" axis maximum at or above `value` (1, 2, 5 × 10ⁿ).
    static func niceMax(_ value: Double) -> Double {
        guard value > 0 else { return 1 }
        let magnitude = pow(10, floor(log10(value)))
        for step in [1.0, 2, 5, 10] where step * magnitude >= value { return step * magnitude }
        return 10 * magnitude
    }

    private static func yAxis(max: Double, left: Double, top: Double, height: Double, right: Double, unit: String) -> String {
        var out = ""
        // Round tick values: a maximum of 2 × 10ⁿ splits in four, 1 or 5 × 10ⁿ in five.
        let leading = max / pow(10, floor(log10(max)))
        let intervals = abs(leading - 2) < 0.01 ? 4 : 5
        for tick in 0...intervals {
            let value = max * Double(tick) / Double(intervals)
            let y = top + height - height * Double(tick) / Double(intervals)
            out += "<line x1=\"\(number(left))\" y1=\"\(number(y))\" x2=\"\(number(right))\" y2=\"\(number(y))\" stroke=\"#e3e7eb\"/>"
            out += text(String(format: value >= 10 || value == 0 ? "%.0f" : "%.1f", value) + unit, x: left - 6, y: y + 4, anchor: "end")
        }
        return out
    }

    private static func lines(title: String, labels: [String], series: [ChartSeries]) -> String {
        let width = 760.0, height = 280.0, left = 60.0, right = width - 20, top = 30.0, plot = 180.0
        // Counts are whole numbers: at least 5 on the axis keeps every tick an integer.
        let peak = niceMax(max(series.flatMap(\.values).max() ?? 0, 5))
        var out = open(title, width: Int(width), height: Int(height))
        out += yAxis(max: peak, left: left, top: top, height: plot, right: right, unit: "")
        let step = labels.count > 1 ? (right - left - 40) / Double(labels.count - 1) : 0
        func x(_ index: Int) -> Double { labels.count > 1 ? left + 20 + step * Double(index) : (left + right) / 2 }
        func y(_ value: Double) -> Double { top + plot - plot * value / peak }
        for (index, label) in labels.enumerated() where labels.count <= 8 || index % max(1, labels.count / 8) == 0 {
            out += text(label, x: x(index), y: top + plot + 18, anchor: "middle")
        }
        for (index, line) in series.enumerated() {
            let colour = colour(series: line.name, index: index)
            let points = line.values.enumerated().map { "\(number(x($0.offset))),\(number(y($0.element)))" }
            let dash = line.name == "total" ? " stroke-width=\"3\"" : " stroke-width=\"2\""
            if points.count > 1 {
                out += "<polyline fill=\"none\" stroke=\"\(colour)\"\(dash) points=\"\(points.joined(separator: " "))\"/>"
            }
            for (offset, value) in line.values.enumerated() {
                out += "<circle cx=\"\(number(x(offset)))\" cy=\"\(number(y(value)))\" r=\"3.5\" fill=\"\(colour)\"/>"
                // The total is labelled so the chart alone says how many findings are left.
                if line.name == "total" { out += text(String(Int(value)), x: x(offset) + 6, y: y(value) - 6) }
            }
        }
        out += legend(series.map(\.name), y: height - 20)
        return out + "</svg>"
    }

    private static func stacked(title: String, categories: [String], series: [ChartSeries], unit: String) -> String {
        let width = 760.0, height = 300.0, left = 60.0, right = width - 20, top = 30.0, plot = 190.0
        let totals = categories.indices.map { index in series.reduce(0) { $0 + $1.values[index] } }
        let peak = niceMax(totals.max() ?? 0)
        var out = open(title, width: Int(width), height: Int(height))
        out += yAxis(max: peak, left: left, top: top, height: plot, right: right, unit: " " + unit)
        let slot = (right - left) / Double(max(categories.count, 1))
        let barWidth = min(48, slot * 0.7)
        for (index, category) in categories.enumerated() {
            let x = left + slot * Double(index) + (slot - barWidth) / 2
            var base = top + plot
            for (seriesIndex, line) in series.enumerated() where line.values[index] > 0 {
                let h = plot * line.values[index] / peak
                base -= h
                out += "<rect x=\"\(number(x))\" y=\"\(number(base))\" width=\"\(number(barWidth))\" height=\"\(number(h))\" fill=\"\(colour(series: line.name, index: seriesIndex))\">"
                    + "<title>\(ReportText.html("\(category) \(line.name): \(number(line.values[index])) \(unit)"))</title></rect>"
            }
            if categories.count <= 14 || index % max(1, categories.count / 14) == 0 {
                out += text(category, x: x + barWidth / 2, y: top + plot + 16, anchor: "middle")
            }
        }
        out += legend(series.map(\.name), y: top + plot + 40)
        return out + "</svg>"
    }

    private static func whiskers(title: String, bars: [WhiskerBar]) -> String {
        let rowHeight = 24.0, top = 34.0, labelWidth = 260.0, width = 760.0, noteWidth = 150.0
        let height = top + rowHeight * Double(bars.count) + 30
        let values = bars.flatMap { [$0.value, $0.low ?? $0.value, $0.high ?? $0.value] }
        let low = min(0, values.min() ?? 0), high = max(0, values.max() ?? 0)
        let span = max(high - low, 1)
        let plotLeft = labelWidth + 10, plotRight = width - noteWidth
        func x(_ value: Double) -> Double { plotLeft + (value - low) / span * (plotRight - plotLeft) }
        var out = open(title, width: Int(width), height: Int(height))
        out += "<line x1=\"\(number(x(0)))\" y1=\"\(number(top - 6))\" x2=\"\(number(x(0)))\" y2=\"\(number(height - 24))\" stroke=\"#5a6673\"/>"
        out += text("0%", x: x(0), y: height - 10, anchor: "middle")
        for (index, bar) in bars.enumerated() {
            let y = top + rowHeight * Double(index)
            let label = bar.label.count > 38 ? String(bar.label.prefix(37)) + "…" : bar.label
            out += text(label, x: labelWidth, y: y + 14, anchor: "end")
            let from = x(min(0, bar.value)), to = x(max(0, bar.value))
            let fill = bar.value > 0 ? "#c0392b" : "#2e8b57"
            out += "<rect x=\"\(number(from))\" y=\"\(number(y + 4))\" width=\"\(number(max(to - from, 1)))\" height=\"14\" fill=\"\(fill)\" opacity=\"0.75\"/>"
            if let lo = bar.low, let hi = bar.high {
                let mid = y + 11
                out += "<g stroke=\"#1d2733\" stroke-width=\"1.5\"><line x1=\"\(number(x(lo)))\" y1=\"\(number(mid))\" x2=\"\(number(x(hi)))\" y2=\"\(number(mid))\"/>"
                    + "<line x1=\"\(number(x(lo)))\" y1=\"\(number(mid - 6))\" x2=\"\(number(x(lo)))\" y2=\"\(number(mid + 6))\"/>"
                    + "<line x1=\"\(number(x(hi)))\" y1=\"\(number(mid - 6))\" x2=\"\(number(x(hi)))\" y2=\"\(number(mid + 6))\"/></g>"
            }
            out += text(bar.note, x: plotRight + 8, y: y + 14)
        }
        if low < 0 { out += text(String(format: "%+.0f%%", low), x: plotLeft, y: height - 10, anchor: "start") }
        out += text(String(format: "%+.0f%%", high), x: plotRight, y: height - 10, anchor: "end")
        return out + "</svg>"
    }
}
