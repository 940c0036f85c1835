/// A semantic role for drawn text; themes map roles to styles so screens never pick raw
/// colours and the mono theme can carry the same meaning with attributes alone.
public enum ThemeRole: String, Hashable, Sendable, CaseIterable {
    /// Ordinary text.
    case text
    /// Secondary text: hints, timestamps, units.
    case dim
    /// Column headers and section headings.
    case header
    /// Pane and dialog titles.
    case title
    /// Borders of unfocused panes.
    case border
    /// Borders of the focused pane.
    case borderFocused
    /// The selected row in the focused widget.
    case selection
    /// The selected row in a widget without focus.
    case selectionInactive
    /// Text that matches the current filter.
    case match
    /// The footer bar background.
    case footer
    /// Key names in the footer and help.
    case footerKey
    /// The transient flash message in the footer.
    case flash
    /// Editable input fields.
    case input
    /// The input field that has focus.
    case inputFocused
    /// Errors and validation messages.
    case error
    /// Warnings.
    case warning
    /// Success and confirmations.
    case success
    /// Neutral information.
    case info
    /// Chart bars, sparklines and progress fill.
    case chart
    /// Attempt status badge: planned.
    case statusPlanned
    /// Attempt status badge: active.
    case statusActive
    /// Attempt status badge: blocked.
    case statusBlocked
    /// Attempt status badge: done.
    case statusDone
    /// Attempt status badge: abandoned.
    case statusAbandoned
    /// Benchmark verdict: same speed as the baseline.
    case verdictSame
    /// Benchmark verdict: slower than the baseline.
    case verdictSlower
    /// Benchmark verdict: faster than the baseline.
    case verdictFaster
    /// Benchmark verdict: not enough evidence either way.
    case verdictInconclusive
    /// Finding effort: direct rename.
    case effortDirect
    /// Finding effort: mechanical change.
    case effortMechanical
    /// Finding effort: rewrite.
    case effortRewrite
    /// Finding effort: blocker.
    case effortBlocker
}
