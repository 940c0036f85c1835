/// A run of text in one style, the unit of rich text drawn on a canvas.
public struct TextSpan: Hashable, Sendable {
    /// The text (sanitised when drawn).
    public var text: String
    /// The style of the whole run.
    public var style: Style

    /// A run of `text` in `style`.
    public init(_ text: String, style: Style = .plain) {
        self.text = text
        self.style = style
    }

    /// `text` split into spans that mark every case-insensitive occurrence of `needle` with
    /// `matchStyle`; used to highlight filter matches in tables and trees.
    public static func highlighting(_ text: String, matching needle: String, base: Style, match matchStyle: Style) -> [TextSpan] {
        guard !needle.isEmpty else { return [TextSpan(text, style: base)] }
        let characters = Array(text)
        let lowered = characters.map { $0.lowercased() }
        let target = Array(needle).map { $0.lowercased() }
        var spans: [TextSpan] = []
        var pending = ""
        var index = 0
        while index < characters.count {
            if index + target.count <= characters.count,
               Array(lowered[index..<(index + target.count)]) == target {
                if !pending.isEmpty { spans.append(TextSpan(pending, style: base)) }
                pending = ""
                spans.append(TextSpan(String(characters[index..<(index + target.count)]), style: matchStyle))
                index += target.count
            } else {
                pending.append(characters[index])
                index += 1
            }
        }
        if !pending.isEmpty { spans.append(TextSpan(pending, style: base)) }
        return spans
    }
}
