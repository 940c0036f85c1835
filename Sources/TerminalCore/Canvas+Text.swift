/// Text renderings of a canvas for golden tests and debugging.
extension Canvas {
    /// The canvas as plain text: one line per row, trailing spaces trimmed, the right half
    /// of wide graphemes omitted (so each line reads as the terminal would show it).
    public func plainText() -> String {
        (0..<size.height).map(line(at:)).joined(separator: "\n")
    }

    /// Row `y` as text with trailing spaces trimmed.
    public func line(at y: Int) -> String {
        var text = ""
        for cell in row(y) where !cell.isContinuation { text += cell.text }
        while text.last == " " { text.removeLast() }
        return text
    }

    /// The canvas as plain text followed by a style layer.
    ///
    /// After a `--- styles` line, each row is repeated as one letter per cell: `.` for the
    /// plain style and `a`, `b`, … for other styles in order of first appearance (trailing
    /// dots trimmed). A legend maps each letter to `Style.summary`, e.g. `a = bold fg:cyan`.
    public func styledText() -> String {
        var letters: [Style: Character] = [:]
        var legend: [(Character, Style)] = []
        let alphabet = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
        var layer: [String] = []
        for y in 0..<size.height {
            var codes = ""
            for cell in row(y) {
                if cell.style == .plain {
                    codes.append(".")
                    continue
                }
                if let letter = letters[cell.style] {
                    codes.append(letter)
                } else {
                    let letter = legend.count < alphabet.count ? alphabet[legend.count] : "?"
                    letters[cell.style] = letter
                    legend.append((letter, cell.style))
                    codes.append(letter)
                }
            }
            while codes.last == "." { codes.removeLast() }
            layer.append(codes)
        }
        var out = plainText() + "\n--- styles\n" + layer.joined(separator: "\n")
        for (letter, style) in legend { out += "\n\(letter) = \(style.summary)" }
        return out
    }
}
