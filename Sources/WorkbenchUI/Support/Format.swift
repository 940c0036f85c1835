import Foundation
import TerminalCore
import WorkbenchStore

/// How numbers, days and vocabularies read on screen, in one place so every screen agrees.
enum Format {
    /// Hours with at most one decimal: `4 h`, `2.5 h`.
    static func hours(_ value: Double, unit: Bool = true) -> String {
        // Integer arithmetic rather than String(format:), which is slow enough to matter
        // when a log of 100,000 rows is laid out.
        guard value.isFinite, abs(value) < 1e12 else { return unit ? "– h" : "–" }
        let tenths = Int((value * 10).rounded())
        let sign = tenths < 0 ? "-" : ""
        let whole = abs(tenths) / 10
        let fraction = abs(tenths) % 10
        let text = sign + (fraction == 0 ? String(whole) : "\(whole).\(fraction)")
        return unit ? text + " h" : text
    }

    /// A loss percentage with its sign: `+12.3%`, `-4.0%`.
    static func loss(_ value: Double?) -> String {
        guard let value, value.isFinite else { return "–" }
        return String(format: "%+.1f%%", value)
    }

    /// The spread of a ratio between rounds as a percentage: `±1.2%`; nil when unknown.
    static func spread(_ value: Double?) -> String? {
        guard let value, value.isFinite else { return nil }
        return String(format: "±%.1f%%", value * 100)
    }

    /// A count of days: `41d`.
    static func days(_ value: Int) -> String { "\(value)d" }

    /// The day part of an ISO-8601 timestamp (`2026-11-21T12:00:00Z` → `2026-11-21`).
    static func day(_ timestamp: String) -> String { String(timestamp.prefix(10)) }

    /// The theme role of a status badge.
    static func role(_ status: AttemptStatus) -> ThemeRole {
        switch status {
        case .planned: return .statusPlanned
        case .active: return .statusActive
        case .blocked: return .statusBlocked
        case .done: return .statusDone
        case .abandoned: return .statusAbandoned
        }
    }

    /// The theme role of a benchmark verdict.
    static func role(_ verdict: Verdict?) -> ThemeRole {
        switch verdict {
        case .same: return .verdictSame
        case .slower, .wrong: return .verdictSlower
        case .faster: return .verdictFaster
        case .inconclusive, nil: return .verdictInconclusive
        }
    }

    /// The theme role of an effort, by its name (the scanner's and the store's efforts share
    /// their names; `unknown` and anything else is dimmed).
    static func role(effort name: String) -> ThemeRole {
        switch name {
        case "direct": return .effortDirect
        case "mechanical": return .effortMechanical
        case "rewrite": return .effortRewrite
        case "blocker": return .effortBlocker
        default: return .dim
        }
    }

    /// `1 attempt`, `3 attempts`.
    static func count(_ n: Int, _ singular: String, _ plural: String? = nil) -> String {
        "\(n) " + (n == 1 ? singular : (plural ?? singular + "s"))
    }
}
