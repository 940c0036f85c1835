/// Makes text from the store (names, notes, paths, symbols) safe in each output format.
///
/// The store holds whatever people and scanned trees put there, so a report treats every
/// string as hostile: no markup it did not write, no terminal escapes, no bidi tricks.
public enum ReportText {
    /// `text` with control characters (C0, DEL, C1: escape sequences too), bidi controls
    /// and line separators removed; newlines and tabs become spaces.
    public static func plain(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x09, 0x0A, 0x0D: out.append(" ")
            case 0x00..<0x20, 0x7F..<0xA0, 0x061C, 0x200E, 0x200F, 0x2028, 0x2029, 0x202A...0x202E, 0x2066...0x2069:
                continue
            default: out.append(scalar)
            }
        }
        return String(out)
    }

    /// `text` made plain and escaped for HTML text and quoted attribute values.
    public static func html(_ text: String) -> String {
        replacing(plain(text), htmlEscapes)
    }

    /// `text` made plain for Markdown prose and table cells: `|` escaped so it cannot
    /// split a cell, `<` and `>` as entities so no renderer takes it for HTML, backticks,
    /// emphasis markers and brackets escaped so `__global__` stays a name, not bold.
    public static func markdown(_ text: String) -> String {
        replacing(plain(text), markdownEscapes)
    }

    private static let htmlEscapes: [Unicode.Scalar: String] = [
        "&": "&amp;", "<": "&lt;", ">": "&gt;", "\"": "&quot;", "'": "&#39;",
    ]

    private static let markdownEscapes: [Unicode.Scalar: String] = [
        "|": "\\|", "<": "&lt;", ">": "&gt;", "`": "\\`", "*": "\\*", "_": "\\_", "[": "\\[", "]": "\\]", "\\": "\\\\",
    ]

    /// `text` with each character found in `escapes` replaced by its escape.
    private static func replacing(_ text: String, _ escapes: [Unicode.Scalar: String]) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        // Scalars, not characters: `<` followed by a combining mark is one Character
        // that a Character lookup would miss, and a browser still reads a `<`.
        for scalar in text.unicodeScalars {
            if let escape = escapes[scalar] { out += escape } else { out.unicodeScalars.append(scalar) }
        }
        return out
    }

    /// `text` made plain for a Markdown code block (a backtick cannot close it).
    public static func code(_ text: String) -> String {
        plain(text).replacingOccurrences(of: "`", with: "'")
    }
}
