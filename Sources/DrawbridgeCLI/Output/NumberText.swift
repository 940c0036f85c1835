import Foundation

/// Numbers as people read them in tables: no trailing zeros, no exponent.
public enum NumberText {
    /// `value` with at most `decimals` decimals and trailing zeros dropped (`2.50` → `2.5`).
    public static func format(_ value: Double, decimals: Int) -> String {
        guard value.isFinite else { return value.isNaN ? "NaN" : (value > 0 ? "inf" : "-inf") }
        var text = String(format: "%.\(max(0, decimals))f", value)
        if text.contains(".") {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        return text == "-0" ? "0" : text
    }

    /// Hours for prose: `12.5 h`.
    public static func hours(_ value: Double) -> String {
        format(value, decimals: 2) + " h"
    }
}
