/// Word wrapping by display width.
extension TextWidth {
    /// `text` broken into lines of at most `width` columns, at spaces where possible and
    /// inside words only when a single word is wider than a line. Newlines in `text` start
    /// new lines. A width below 1 yields no lines.
    public static func wrap(_ text: String, to width: Int) -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            var used = 0
            for word in paragraph.split(separator: " ", omittingEmptySubsequences: true) {
                var piece = String(word)
                var pieceWidth = of(piece)
                if used > 0 && used + 1 + pieceWidth <= width {
                    line += " " + piece
                    used += 1 + pieceWidth
                    continue
                }
                if used > 0 {
                    lines.append(line)
                    line = ""
                    used = 0
                }
                // Hard-break words longer than a whole line.
                while pieceWidth > width {
                    var head = ""
                    var headWidth = 0
                    var rest = Substring(piece)
                    while let c = rest.first, headWidth + of(c) <= width {
                        head.append(c)
                        headWidth += of(c)
                        rest = rest.dropFirst()
                    }
                    if head.isEmpty, let c = rest.first {
                        // A grapheme wider than the line: skip it rather than loop forever.
                        rest = rest.dropFirst()
                        _ = c
                    } else {
                        lines.append(head)
                    }
                    piece = String(rest)
                    pieceWidth = of(piece)
                }
                line = piece
                used = pieceWidth
            }
            lines.append(line)
        }
        return lines
    }
}
