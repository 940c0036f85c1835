/// Making untrusted text safe to show on a terminal.
///
/// File names, file contents, catalog notes and imported strings can carry escape
/// sequences, bidi overrides or NULs. Printed raw they can move the cursor, recolour or
/// retitle the terminal, or reorder what the reader sees. Everything shown to a person
/// that did not come from Drawbridge itself passes through `sanitized(_:)`.
public enum TerminalText {
    /// `text` with control characters, bidi controls and other invisible formatting
    /// replaced by a visible escape (`\u{1B}` becomes `\e`, newline `\n`, others `\u{XXXX}`).
    public static func sanitized(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            if isUnsafe(scalar) {
                out += escape(scalar)
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// True when `text` contains anything `sanitized(_:)` would escape.
    public static func containsUnsafe(_ text: String) -> Bool {
        text.unicodeScalars.contains(where: isUnsafe)
    }

    /// True for C0/C1 controls, DEL, and the bidi embedding/override/isolate controls.
    public static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0x20 || v == 0x7F || (0x80...0x9F).contains(v) { return true }
        if (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v) { return true }
        if v == 0x200E || v == 0x200F || v == 0x061C { return true }
        return false
    }

    private static func escape(_ scalar: Unicode.Scalar) -> String {
        switch scalar.value {
        case 0x0A: return "\\n"
        case 0x0D: return "\\r"
        case 0x09: return "\\t"
        case 0x1B: return "\\e"
        case 0x00: return "\\0"
        default:
            let hex = String(scalar.value, radix: 16, uppercase: true)
            return "\\u{" + hex + "}"
        }
    }
}
