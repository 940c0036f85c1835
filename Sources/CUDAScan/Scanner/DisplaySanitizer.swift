/// Makes untrusted text (file names, file contents) safe to print on a terminal.
public enum DisplaySanitizer {
    /// The text with control characters (C0, DEL, C1, and so escape sequences) shown as `\n`, `\t`, `\e` or `\u{…}`.
    public static func sanitize(_ text: String) -> String {
        // Printable ASCII (nearly every path and snippet) needs no work.
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x0A: out += "\\n"
            case 0x09: out += "\\t"
            case 0x0D: out += "\\r"
            case 0x1B: out += "\\e"
            case 0x00..<0x20, 0x7F..<0xA0, 0x2028, 0x2029, 0x202A...0x202E, 0x2066...0x2069:
                out += "\\u{\(String(scalar.value, radix: 16))}"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
