/// A colour a cell can carry: the terminal's own default, one of the 16 ANSI colours, or an
/// entry of the 256-colour palette.
public enum TerminalColor: Hashable, Sendable {
    /// The terminal's own foreground or background (ncurses colour -1), so light and dark
    /// terminal themes both read well.
    case terminalDefault
    /// One of the 16 ANSI colours (0–7 normal, 8–15 bright).
    case ansi(UInt8)
    /// One of the 256 palette colours; shown as the nearest ANSI colour on 16-colour terminals.
    case indexed(UInt8)

    /// ANSI black.
    public static let black = TerminalColor.ansi(0)
    /// ANSI red.
    public static let red = TerminalColor.ansi(1)
    /// ANSI green.
    public static let green = TerminalColor.ansi(2)
    /// ANSI yellow.
    public static let yellow = TerminalColor.ansi(3)
    /// ANSI blue.
    public static let blue = TerminalColor.ansi(4)
    /// ANSI magenta.
    public static let magenta = TerminalColor.ansi(5)
    /// ANSI cyan.
    public static let cyan = TerminalColor.ansi(6)
    /// ANSI white (light grey on most terminals).
    public static let white = TerminalColor.ansi(7)
    /// ANSI bright black (dark grey).
    public static let brightBlack = TerminalColor.ansi(8)
    /// ANSI bright red.
    public static let brightRed = TerminalColor.ansi(9)
    /// ANSI bright green.
    public static let brightGreen = TerminalColor.ansi(10)
    /// ANSI bright yellow.
    public static let brightYellow = TerminalColor.ansi(11)
    /// ANSI bright blue.
    public static let brightBlue = TerminalColor.ansi(12)
    /// ANSI bright magenta.
    public static let brightMagenta = TerminalColor.ansi(13)
    /// ANSI bright cyan.
    public static let brightCyan = TerminalColor.ansi(14)
    /// ANSI bright white.
    public static let brightWhite = TerminalColor.ansi(15)

    /// The colour number for a terminal offering `colorCount` colours (-1 for the default).
    ///
    /// Palette colours fall back to the nearest of the 16 (or 8) ANSI colours when the
    /// terminal has fewer than 256, so a theme written for 256 colours still shows.
    public func number(forColorCount colorCount: Int) -> Int {
        switch self {
        case .terminalDefault:
            return -1
        case .ansi(let n):
            let value = Int(n % 16)
            return colorCount >= 16 ? value : value % 8
        case .indexed(let n):
            if colorCount >= 256 { return Int(n) }
            let ansi = Int(TerminalColor.nearestANSI(toPaletteIndex: n))
            return colorCount >= 16 ? ansi : ansi % 8
        }
    }

    /// The ANSI colour (0–15) closest to palette entry `index`.
    public static func nearestANSI(toPaletteIndex index: UInt8) -> UInt8 {
        let n = Int(index)
        if n < 16 { return index }
        let rgb: (Int, Int, Int)
        if n >= 232 {
            let level = 8 + (n - 232) * 10
            rgb = (level, level, level)
        } else {
            let cube = [0, 95, 135, 175, 215, 255]
            let c = n - 16
            rgb = (cube[c / 36], cube[(c / 6) % 6], cube[c % 6])
        }
        var best = 0
        var bestDistance = Int.max
        for (candidate, value) in ansiRGB.enumerated() {
            let dr = value.0 - rgb.0, dg = value.1 - rgb.1, db = value.2 - rgb.2
            let distance = dr * dr + dg * dg + db * db
            if distance < bestDistance {
                best = candidate
                bestDistance = distance
            }
        }
        return UInt8(best)
    }

    /// The xterm default RGB values of the 16 ANSI colours, used only to pick fallbacks.
    private static let ansiRGB: [(Int, Int, Int)] = [
        (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205), (0, 205, 205),
        (229, 229, 229), (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0), (92, 92, 255),
        (255, 0, 255), (0, 255, 255), (255, 255, 255),
    ]
}
