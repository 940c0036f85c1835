import TerminalCore

/// One entry of a keymap: the keys that trigger an action in a scope, and how to describe it.
public struct KeyBinding: Hashable, Sendable {
    /// Where a binding applies.
    public enum Scope: Hashable, Sendable, CustomStringConvertible {
        /// Everywhere, unless a view binds the same key.
        case global
        /// Only in the named view (e.g. `attempts`, `table`, `form`).
        case view(String)

        /// `global` or the view name.
        public var description: String {
            switch self {
            case .global: return "global"
            case .view(let name): return name
            }
        }
    }

    /// The keys that trigger the action (the first is the one shown in footers).
    public var keys: [Key]
    /// The action performed.
    public var action: ActionID
    /// A one- or two-word label for the footer, e.g. `sort`.
    public var label: String
    /// A sentence for the help overlay.
    public var description: String
    /// Where the binding applies.
    public var scope: Scope
    /// Whether the footer lists it (the help overlay lists every binding).
    public var showInFooter: Bool

    /// A binding of `keys` to `action` in `scope`.
    public init(_ keys: [Key], _ action: ActionID, label: String, description: String, scope: Scope = .global, showInFooter: Bool = false) {
        self.keys = keys
        self.action = action
        self.label = label
        self.description = description
        self.scope = scope
        self.showInFooter = showInFooter
    }

    /// The keys as shown in help: `j ↓`, `Ctrl-d PgDn`.
    public var keysDisplay: String { keys.map(\.displayName).joined(separator: " ") }
}
