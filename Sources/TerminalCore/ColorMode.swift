/// How many colours the backend should use.
public enum ColorMode: Hashable, Sendable {
    /// No colour at all: attributes only (for `NO_COLOR`, `--no-color` and the mono theme).
    case monochrome
    /// The 16 ANSI colours (palette colours fall back to the nearest of them).
    case ansi16
    /// The 256-colour palette where the terminal has it, else 16 colours.
    case palette256
}
