import WorkbenchStore
import WorkbenchWidgets

/// A benchmark result as a bar of loss percent with its 95% interval, coloured by verdict:
/// the attempt screen and the benchmarks screen draw losses the same way.
enum LossBar {
    /// The bar for `result` labelled `label`, with the verdict in words when `verdict`.
    static func bar(_ result: BenchResult, label: String, verdict: Bool = true) -> BarChart.Bar {
        var interval: ClosedRange<Double>?
        if let low = result.ciLow, let high = result.ciHigh, low <= high {
            interval = ((low - 1) * 100)...((high - 1) * 100)
        }
        let loss = result.lossPercent ?? .nan
        let words = verdict ? " " + (result.verdict?.rawValue ?? "") : ""
        return BarChart.Bar(label, value: loss, interval: interval, valueText: Format.loss(loss) + words,
                            role: Format.role(result.verdict))
    }
}
