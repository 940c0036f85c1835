/// How a cell looks: colours and text attributes.
public struct Style: Hashable, Sendable {
    /// Text attributes a terminal can show without colour.
    public struct Attributes: OptionSet, Hashable, Sendable {
        /// The raw bit set.
        public let rawValue: UInt8
        /// Attributes from raw bits.
        public init(rawValue: UInt8) { self.rawValue = rawValue }

        /// Bold or bright text.
        public static let bold = Attributes(rawValue: 1 << 0)
        /// Dim (faint) text.
        public static let dim = Attributes(rawValue: 1 << 1)
        /// Foreground and background swapped.
        public static let reverse = Attributes(rawValue: 1 << 2)
        /// Underlined text.
        public static let underline = Attributes(rawValue: 1 << 3)
        /// Italic text (many terminals ignore it).
        public static let italic = Attributes(rawValue: 1 << 4)
    }

    /// Foreground colour.
    public var foreground: TerminalColor
    /// Background colour.
    public var background: TerminalColor
    /// Text attributes.
    public var attributes: Attributes

    /// A style with the given colours and attributes (defaults: terminal colours, none).
    public init(
        foreground: TerminalColor = .terminalDefault,
        background: TerminalColor = .terminalDefault,
        attributes: Attributes = []
    ) {
        self.foreground = foreground
        self.background = background
        self.attributes = attributes
    }

    /// The terminal's default look.
    public static let plain = Style()

    /// This style with bold added.
    public var bold: Style { adding(.bold) }
    /// This style with dim added.
    public var dim: Style { adding(.dim) }
    /// This style with reverse video added.
    public var reversed: Style { adding(.reverse) }
    /// This style with underline added.
    public var underlined: Style { adding(.underline) }

    /// This style with `attributes` added.
    public func adding(_ extra: Attributes) -> Style {
        var copy = self
        copy.attributes.formUnion(extra)
        return copy
    }

    /// This style with a different foreground.
    public func foreground(_ color: TerminalColor) -> Style {
        var copy = self
        copy.foreground = color
        return copy
    }

    /// This style with a different background.
    public func background(_ color: TerminalColor) -> Style {
        var copy = self
        copy.background = color
        return copy
    }

    /// A short, stable description such as `bold fg:red bg:default`, used in style goldens.
    public var summary: String {
        var parts: [String] = []
        let names: [(Attributes, String)] = [
            (.bold, "bold"), (.dim, "dim"), (.reverse, "reverse"), (.underline, "underline"), (.italic, "italic"),
        ]
        for (flag, name) in names where attributes.contains(flag) { parts.append(name) }
        if foreground != .terminalDefault { parts.append("fg:" + Style.name(of: foreground)) }
        if background != .terminalDefault { parts.append("bg:" + Style.name(of: background)) }
        return parts.isEmpty ? "plain" : parts.joined(separator: " ")
    }

    private static func name(of color: TerminalColor) -> String {
        let ansiNames = [
            "black", "red", "green", "yellow", "blue", "magenta", "cyan", "white",
            "brightBlack", "brightRed", "brightGreen", "brightYellow", "brightBlue", "brightMagenta",
            "brightCyan", "brightWhite",
        ]
        switch color {
        case .terminalDefault: return "default"
        case .ansi(let n): return ansiNames[Int(n % 16)]
        case .indexed(let n): return "\(n)"
        }
    }
}
