/// A key press, decoded from whatever the terminal sent.
public enum Key: Hashable, Sendable {
    /// A printable character (letters keep their case; space is `.char(" ")`).
    case char(Character)
    /// Control plus a lowercase letter, e.g. `.ctrl("d")`. Ctrl-I, Ctrl-M and Ctrl-H arrive
    /// as `.tab`, `.enter` and `.backspace`, as terminals cannot tell them apart.
    case ctrl(Character)
    /// Alt (Meta) plus a character, sent by terminals as Esc followed by the character.
    case alt(Character)
    /// Arrow up.
    case up
    /// Arrow down.
    case down
    /// Arrow left.
    case left
    /// Arrow right.
    case right
    /// Control plus arrow left (word left in text fields).
    case ctrlLeft
    /// Control plus arrow right (word right in text fields).
    case ctrlRight
    /// Home.
    case home
    /// End.
    case end
    /// Page up.
    case pageUp
    /// Page down.
    case pageDown
    /// Tab.
    case tab
    /// Shift-Tab.
    case backTab
    /// Enter or Return.
    case enter
    /// Escape.
    case escape
    /// Backspace.
    case backspace
    /// Delete (forward delete).
    case delete
    /// Insert.
    case insert
    /// Function key F1…F24.
    case function(Int)

    /// The key as shown in footers and help: `j`, `Ctrl-d`, `Alt-b`, `↑`, `PgDn`, `F1`.
    public var displayName: String {
        switch self {
        case .char(" "): return "Space"
        case .char(let c): return String(c)
        case .ctrl(let c): return "Ctrl-" + String(c)
        case .alt(let c): return "Alt-" + String(c)
        case .up: return "↑"
        case .down: return "↓"
        case .left: return "←"
        case .right: return "→"
        case .ctrlLeft: return "Ctrl-←"
        case .ctrlRight: return "Ctrl-→"
        case .home: return "Home"
        case .end: return "End"
        case .pageUp: return "PgUp"
        case .pageDown: return "PgDn"
        case .tab: return "Tab"
        case .backTab: return "Shift-Tab"
        case .enter: return "Enter"
        case .escape: return "Esc"
        case .backspace: return "Backspace"
        case .delete: return "Del"
        case .insert: return "Ins"
        case .function(let n): return "F\(n)"
        }
    }

    /// The character this key types into a text field, if any.
    public var typedCharacter: Character? {
        if case .char(let c) = self { return c }
        return nil
    }
}
