import Foundation

/// How numbers read in every format, so Markdown and HTML print the same figures.
enum Figures {
    /// `12.5 h`.
    static func hours(_ value: Double) -> String { String(format: "%.1f h", value) }
    /// `+12.3%` / `-4.0%`, or an em dash.
    static func loss(_ value: Double?) -> String {
        guard let value, value.isFinite else { return "—" }
        return String(format: "%+.1f%%", value)
    }
    /// `0.87`, or an em dash.
    static func ratio(_ value: Double?) -> String {
        guard let value, value.isFinite else { return "—" }
        return String(format: "%.2f", value)
    }
    /// The spread of a ratio between rounds: `±1.2%`, or an em dash.
    static func spread(_ value: Double?) -> String {
        guard let value, value.isFinite else { return "—" }
        return String(format: "±%.1f%%", value * 100)
    }
    /// An integer, or an em dash.
    static func count(_ value: Int?) -> String { value.map(String.init) ?? "—" }
    /// `-1.0% to +3.2%`, or an em dash (no brackets: Markdown would escape them).
    static func interval(_ low: Double?, _ high: Double?) -> String {
        guard let low, let high else { return "—" }
        return "\(loss(low)) to \(loss(high))"
    }
    /// Hours per unit, or an em dash.
    static func rate(_ value: Double?) -> String { value.map(hours) ?? "—" }
    /// The day part of a timestamp (`2026-05-11`).
    static func day(_ timestamp: String) -> String { String(timestamp.prefix(10)) }
}
