/// Parsing key names such as `ctrl-d`, `S-Tab`, `pgdn`, `f1`, `space` or `q`, so key
/// bindings and test scripts can be written as text.
extension Key {
    /// Why a key name could not be parsed.
    public struct ParseError: Error, Hashable, Sendable, CustomStringConvertible {
        /// The text that was not understood.
        public var name: String
        /// An error for the unparsable `name`.
        public init(name: String) { self.name = name }
        /// A description naming the bad key.
        public var description: String { "unknown key name '\(name)'" }
    }

    private static let named: [String: Key] = [
        "up": .up, "down": .down, "left": .left, "right": .right,
        "ctrl-left": .ctrlLeft, "ctrl-right": .ctrlRight,
        "home": .home, "end": .end, "pgup": .pageUp, "pageup": .pageUp, "pgdn": .pageDown, "pagedown": .pageDown,
        "tab": .tab, "s-tab": .backTab, "shift-tab": .backTab, "backtab": .backTab,
        "enter": .enter, "return": .enter, "esc": .escape, "escape": .escape,
        "backspace": .backspace, "bs": .backspace, "del": .delete, "delete": .delete, "ins": .insert, "insert": .insert,
        "space": .char(" "),
    ]

    /// The key named by `name` (case-insensitive for names, case-sensitive for single characters).
    public static func parse(_ name: String) throws(ParseError) -> Key {
        if name.count == 1, let character = name.first {
            return .char(character)
        }
        let lower = name.lowercased()
        if let key = named[lower] { return key }
        for prefix in ["ctrl-", "c-"] where lower.hasPrefix(prefix) {
            let rest = name.dropFirst(prefix.count)
            if rest.count == 1, let c = rest.first, c.isLetter { return .ctrl(Character(c.lowercased())) }
        }
        for prefix in ["alt-", "m-", "meta-"] where lower.hasPrefix(prefix) {
            let rest = name.dropFirst(prefix.count)
            if rest.count == 1, let c = rest.first { return .alt(c) }
        }
        if lower.hasPrefix("f"), let n = Int(lower.dropFirst()), (1...24).contains(n) {
            return .function(n)
        }
        throw ParseError(name: name)
    }
}
