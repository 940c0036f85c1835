import TerminalCore

/// The `?` help: every binding of the current view, then the global ones, generated from
/// the keymap so it always tells the truth.
public struct HelpOverlay: Sendable {
    /// What a key did.
    public enum Outcome: Hashable, Sendable {
        /// Not a help key.
        case ignored
        /// The text scrolled.
        case moved
        /// The overlay should close.
        case closed
    }

    /// The sections shown, "This view" first.
    public private(set) var sections: [HelpSection]
    /// The overlay title.
    public var title: String
    /// The first line shown.
    public private(set) var scrollOffset: Int = 0
    /// The rendered lines, built once: the sections never change after creation.
    private let cachedLines: [Line]

    /// One line of the overlay and the role it is drawn in.
    public struct Line: Hashable, Sendable {
        /// The text.
        public var text: String
        /// The role it is drawn in.
        public var role: ThemeRole
    }

    /// Help for `view` built from `keymap`.
    public init(keymap: Keymap, view: String? = nil, viewTitle: String = "This view", title: String = "Keys") {
        let sections = keymap.helpSections(for: view, viewTitle: viewTitle)
        self.sections = sections
        self.title = title
        self.cachedLines = HelpOverlay.buildLines(sections)
    }

    /// The text lines shown: a heading per section, then `keys  description` per binding.
    public func lines() -> [Line] { cachedLines }

    private static func buildLines(_ sections: [HelpSection]) -> [Line] {
        let keyWidth = Swift.min(24, sections.flatMap(\.bindings).map { TextWidth.of($0.keysDisplay) }.max() ?? 0)
        var result: [Line] = []
        for (index, section) in sections.enumerated() {
            if index > 0 { result.append(Line(text: "", role: .text)) }
            result.append(Line(text: section.title, role: .header))
            for binding in section.bindings {
                result.append(Line(text: TextWidth.pad(binding.keysDisplay, to: keyWidth) + "  " + binding.description, role: .text))
            }
        }
        return result
    }

    /// Applies a key: arrows/`j`/`k`/PgUp/PgDn/Home/End scroll, Esc, `q`, `?` and F1 close.
    public mutating func handle(_ key: Key) -> Outcome {
        let count = cachedLines.count
        switch key {
        case .escape, .char("q"), .char("?"), .function(1): return .closed
        case .down, .char("j"): scrollOffset += 1
        case .up, .char("k"): scrollOffset -= 1
        case .pageDown, .ctrl("d"), .char(" "): scrollOffset += 10
        case .pageUp, .ctrl("u"): scrollOffset -= 10
        case .home, .char("g"): scrollOffset = 0
        case .end, .char("G"): scrollOffset = count
        default: return .ignored
        }
        scrollOffset = Swift.min(Swift.max(0, scrollOffset), Swift.max(0, count - 1))
        return .moved
    }

    /// Draws the overlay as a box centred in `rect`.
    public func render(into canvas: inout Canvas, in rect: Rect, theme: Theme) {
        let all = cachedLines
        let wanted = (all.map { TextWidth.of($0.text) }.max() ?? 0) + 4
        let box = rect.centered(width: Swift.max(20, wanted), height: all.count + 3)
        guard !box.isEmpty else { return }
        canvas.fill(box, style: theme[.text])
        let inner = canvas.drawBox(box, glyphs: theme.glyphs, style: theme[.borderFocused], title: title, titleStyle: theme[.title])
        let body = inner.inset(left: 1, bottom: 1, right: 1)
        let offset = Swift.min(scrollOffset, Swift.max(0, all.count - body.height))
        for row in 0..<Swift.max(0, body.height) {
            let index = offset + row
            guard index < all.count else { break }
            canvas.draw(all[index].text, at: Point(x: body.x, y: body.y + row), style: theme[all[index].role], clip: body)
        }
        let footer = inner.row(inner.height - 1).inset(left: 1, right: 1)
        let more = offset + body.height < all.count ? "↓ more · " : ""
        canvas.drawLine(more + "Esc close", in: footer, style: theme[.dim], alignRight: true, ellipsis: theme.glyphs.ellipsis)
    }
}
