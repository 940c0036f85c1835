/// A compact text form of input for tests and scripted demos: `"2 / r o c m enter"`,
/// `"ctrl-d tick resize:100x30 esc"`.
///
/// Tokens are separated by spaces. `tick` is an idle tick, `resize:WxH` a resize, and
/// anything else a key name understood by `Key.parse` (`space` for a space).
public enum InputScript {
    /// The events `script` describes.
    public static func parse(_ script: String) throws(Key.ParseError) -> [InputEvent] {
        var events: [InputEvent] = []
        for token in script.split(separator: " ", omittingEmptySubsequences: true).map(String.init) {
            if token == "tick" {
                events.append(.tick)
            } else if token.hasPrefix("resize:") {
                let parts = token.dropFirst("resize:".count).split(separator: "x").compactMap { Int($0) }
                guard parts.count == 2 else { throw Key.ParseError(name: token) }
                events.append(.resize(Size(width: parts[0], height: parts[1])))
            } else {
                events.append(.key(try Key.parse(token)))
            }
        }
        return events
    }
}
