/// A mapping from semantic roles to styles, plus the glyph set to draw with.
///
/// `Theme.color` starts from the terminal's own colours and adds a small 16-colour
/// palette; `Theme.mono` carries the same meaning with bold, dim, reverse and underline
/// only, for `NO_COLOR` and `--no-color` (greys are avoided: they may clash with the
/// user's background).
public struct Theme: Sendable {
    /// A short name (`color`, `mono`), for messages and configuration.
    public var name: String
    /// Styles per role; roles without an entry draw as `Style.plain`.
    public var styles: [ThemeRole: Style]
    /// The glyphs used for borders, charts and markers.
    public var glyphs: Glyphs

    /// A theme with the given name, styles and glyphs.
    public init(name: String, styles: [ThemeRole: Style], glyphs: Glyphs = .unicode) {
        self.name = name
        self.styles = styles
        self.glyphs = glyphs
    }

    /// The style for `role`.
    public subscript(role: ThemeRole) -> Style {
        styles[role] ?? .plain
    }

    /// The same theme drawing with `glyphs`.
    public func with(glyphs: Glyphs) -> Theme {
        var copy = self
        copy.glyphs = glyphs
        return copy
    }

    /// The theme to use given the `NO_COLOR` value, a `--no-color` flag and an ASCII switch.
    ///
    /// Any non-empty `NO_COLOR` means no colour, following no-color.org.
    public static func select(noColorEnvironment: String?, noColorFlag: Bool, ascii: Bool = false) -> Theme {
        let noColor = noColorFlag || !(noColorEnvironment ?? "").isEmpty
        let base = noColor ? Theme.mono : Theme.color
        return ascii ? base.with(glyphs: .ascii) : base
    }

    /// The colour theme: terminal default colours with a 16-colour accent palette.
    public static let color = Theme(name: "color", styles: [
        .text: .plain,
        .dim: Style(foreground: .brightBlack),
        .header: Style(foreground: .cyan, attributes: .bold),
        .title: Style(attributes: .bold),
        .border: Style(foreground: .brightBlack),
        .borderFocused: Style(foreground: .cyan),
        .selection: Style(foreground: .black, background: .cyan),
        .selectionInactive: Style(attributes: .reverse),
        .match: Style(foreground: .yellow, attributes: [.bold, .underline]),
        .footer: Style(attributes: .reverse),
        .footerKey: Style(foreground: .cyan, attributes: [.bold, .reverse]),
        .flash: Style(foreground: .yellow, attributes: [.bold, .reverse]),
        .input: Style(attributes: .underline),
        .inputFocused: Style(foreground: .brightWhite, background: .blue),
        .error: Style(foreground: .red, attributes: .bold),
        .warning: Style(foreground: .yellow),
        .success: Style(foreground: .green),
        .info: Style(foreground: .cyan),
        .chart: Style(foreground: .blue),
        .statusPlanned: Style(foreground: .blue),
        .statusActive: Style(foreground: .green, attributes: .bold),
        .statusBlocked: Style(foreground: .red, attributes: .bold),
        .statusDone: Style(foreground: .cyan),
        .statusAbandoned: Style(foreground: .brightBlack),
        .verdictSame: Style(foreground: .green),
        .verdictSlower: Style(foreground: .red, attributes: .bold),
        .verdictFaster: Style(foreground: .cyan, attributes: .bold),
        .verdictInconclusive: Style(foreground: .yellow),
        .effortDirect: Style(foreground: .green),
        .effortMechanical: Style(foreground: .cyan),
        .effortRewrite: Style(foreground: .yellow),
        .effortBlocker: Style(foreground: .red, attributes: .bold),
    ])

    /// The monochrome theme: attributes only.
    public static let mono = Theme(name: "mono", styles: [
        .text: .plain,
        .dim: Style(attributes: .dim),
        .header: Style(attributes: [.bold, .underline]),
        .title: Style(attributes: .bold),
        .border: .plain,
        .borderFocused: Style(attributes: .bold),
        .selection: Style(attributes: .reverse),
        .selectionInactive: Style(attributes: .underline),
        .match: Style(attributes: [.bold, .underline]),
        .footer: Style(attributes: .reverse),
        .footerKey: Style(attributes: [.bold, .reverse]),
        .flash: Style(attributes: .bold),
        .input: Style(attributes: .underline),
        .inputFocused: Style(attributes: .reverse),
        .error: Style(attributes: .bold),
        .warning: Style(attributes: .bold),
        .success: .plain,
        .info: .plain,
        .chart: .plain,
        .statusPlanned: Style(attributes: .dim),
        .statusActive: Style(attributes: .bold),
        .statusBlocked: Style(attributes: [.bold, .underline]),
        .statusDone: .plain,
        .statusAbandoned: Style(attributes: .dim),
        .verdictSame: .plain,
        .verdictSlower: Style(attributes: .bold),
        .verdictFaster: Style(attributes: .underline),
        .verdictInconclusive: Style(attributes: .dim),
        .effortDirect: .plain,
        .effortMechanical: .plain,
        .effortRewrite: Style(attributes: .underline),
        .effortBlocker: Style(attributes: .bold),
    ])
}
