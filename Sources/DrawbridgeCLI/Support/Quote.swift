import TerminalCore

/// Quoting user-supplied names in messages.
enum Quote {
    /// `'name'` with control characters made visible.
    static func safe(_ text: String) -> String {
        "'" + TerminalText.sanitized(text) + "'"
    }
}
