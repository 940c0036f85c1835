import TerminalCore

/// The footer line: breadcrumbs on the left, a flash message in the middle, key hints on
/// the right, all cut to the width available.
///
/// When space runs short, hints go first (from the right, keeping the last one, usually
/// `? help`), then breadcrumbs lose their leading parts, then the flash is truncated.
public struct StatusBar: Hashable, Sendable {
    /// Where the user is, outermost first: `["Portfolio", "ROCm team", "attempt 12"]`.
    public var breadcrumbs: [String]
    /// A transient message, e.g. "saved".
    public var flash: String?
    /// The role the flash is drawn in (`.flash`, `.error`, …).
    public var flashRole: ThemeRole
    /// The key hints, most important first.
    public var hints: [KeyHint]

    /// A status bar with the given parts.
    public init(breadcrumbs: [String] = [], flash: String? = nil, flashRole: ThemeRole = .flash, hints: [KeyHint] = []) {
        self.breadcrumbs = breadcrumbs
        self.flash = flash
        self.flashRole = flashRole
        self.hints = hints
    }

    /// Draws the bar in the first row of `rect`.
    public func render(into canvas: inout Canvas, in rect: Rect, theme: Theme) {
        let line = rect.row(0)
        guard !line.isEmpty else { return }
        canvas.fill(line, style: theme[.footer])
        let width = line.width
        let separator = theme.glyphs.breadcrumbSeparator
        var crumbs = breadcrumbs.map(TerminalText.sanitized)
        var shownHints = hints
        let flashText = flash.map(TerminalText.sanitized) ?? ""

        func hintsWidth(_ list: [KeyHint]) -> Int {
            list.isEmpty ? 0 : list.map { TextWidth.of($0.text) }.reduce(0, +) + 2 * (list.count - 1) + 1
        }
        func crumbsWidth(_ list: [String]) -> Int {
            list.isEmpty ? 0 : TextWidth.of(list.joined(separator: separator)) + 2
        }
        let flashWidth = flashText.isEmpty ? 0 : min(TextWidth.of(flashText) + 2, max(8, width / 3))
        // Drop hints from the right, keeping the last (help) one, until everything fits.
        while shownHints.count > 1 && crumbsWidth(crumbs) + flashWidth + hintsWidth(shownHints) > width {
            shownHints.remove(at: shownHints.count - 2)
        }
        if hintsWidth(shownHints) > width { shownHints = [] }
        // Then drop leading breadcrumbs, keeping the current place.
        while crumbs.count > 1 && crumbsWidth(crumbs) + flashWidth + hintsWidth(shownHints) > width {
            crumbs.removeFirst()
        }

        // Hints, right-aligned.
        let hintsStart = line.maxX - hintsWidth(shownHints)
        var x = hintsStart
        for (index, hint) in shownHints.enumerated() {
            if index > 0 { x = canvas.draw("  ", at: Point(x: x, y: line.y), style: theme[.footer], clip: line) }
            x = canvas.draw(hint.key, at: Point(x: x, y: line.y), style: theme[.footerKey], clip: line)
            x = canvas.draw(" " + hint.label, at: Point(x: x, y: line.y), style: theme[.footer], clip: line)
        }
        // Breadcrumbs, left, truncated to what is left.
        let crumbText = crumbs.joined(separator: separator)
        let crumbRoom = max(0, hintsStart - line.x - flashWidth - 1)
        let crumbArea = Rect(x: line.x + 1, y: line.y, width: min(crumbRoom, TextWidth.of(crumbText)), height: 1)
        canvas.drawLine(crumbText, in: crumbArea, style: theme[.footer].bold, ellipsis: theme.glyphs.ellipsis)
        // Flash, centred in the gap between breadcrumbs and hints.
        if !flashText.isEmpty {
            let gapStart = crumbArea.isEmpty ? line.x : crumbArea.maxX + 1
            let gap = Rect(x: gapStart, y: line.y, width: hintsStart - gapStart - 1, height: 1)
            guard !gap.isEmpty else { return }
            let shown = TextWidth.truncate(" " + flashText + " ", to: gap.width, ellipsis: theme.glyphs.ellipsis)
            let offset = (gap.width - TextWidth.of(shown)) / 2
            canvas.draw(shown, at: Point(x: gap.x + offset, y: line.y), style: theme[flashRole], clip: gap)
        }
    }
}
