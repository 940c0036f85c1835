/// A foreground/background pair of ncurses colour numbers, the key of the pair cache.
struct ColorPairKey: Hashable {
    /// Foreground colour number (-1 for the terminal default).
    var foreground: Int32
    /// Background colour number (-1 for the terminal default).
    var background: Int32
}
