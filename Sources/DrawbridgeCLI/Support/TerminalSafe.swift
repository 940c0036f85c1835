import TerminalCore

/// Untrusted text made safe for messages (file names, catalog notes, imported strings).
enum TerminalSafe {
    /// `text` with control and bidi characters made visible.
    static func text(_ text: String) -> String {
        TerminalText.sanitized(text)
    }
}
