import TerminalCore

/// Key bindings as data: the dispatcher, the footer hints and the help overlay all read
/// this one list, so help can never drift from the real bindings.
public struct Keymap: Sendable {
    /// All bindings, in the order they are shown.
    public private(set) var bindings: [KeyBinding]

    /// A keymap of `bindings`.
    public init(_ bindings: [KeyBinding] = []) {
        self.bindings = bindings
    }

    /// Adds a binding after the existing ones.
    public mutating func add(_ binding: KeyBinding) {
        bindings.append(binding)
    }

    /// A keymap with `other`'s bindings added after these.
    public func merged(with other: Keymap) -> Keymap {
        Keymap(bindings + other.bindings)
    }

    /// The action bound to `key` in view `view`, else globally; nil when unbound.
    ///
    /// A view binding shadows a global binding of the same key.
    public func action(for key: Key, in view: String? = nil) -> ActionID? {
        binding(for: key, in: view)?.action
    }

    /// The binding that `key` triggers in view `view` (view bindings first, then global).
    public func binding(for key: Key, in view: String? = nil) -> KeyBinding? {
        if let view, let local = bindings.first(where: { $0.scope == .view(view) && $0.keys.contains(key) }) {
            return local
        }
        return bindings.first { $0.scope == .global && $0.keys.contains(key) }
    }

    /// The action for an input event: keys go through `action(for:in:)`, anything else is nil.
    public func action(for event: InputEvent, in view: String? = nil) -> ActionID? {
        guard case .key(let key) = event else { return nil }
        return action(for: key, in: view)
    }

    /// Bindings in exactly `scope`, in order.
    public func bindings(in scope: KeyBinding.Scope) -> [KeyBinding] {
        bindings.filter { $0.scope == scope }
    }

    /// The keys bound to `action` in `view` or globally, view keys first.
    public func keys(for action: ActionID, in view: String? = nil) -> [Key] {
        var keys: [Key] = []
        if let view { keys += bindings(in: .view(view)).filter { $0.action == action }.flatMap(\.keys) }
        keys += bindings(in: .global).filter { $0.action == action }.flatMap(\.keys)
        return keys
    }

    /// Footer hints for `view`: its footer bindings, then global footer bindings whose keys
    /// the view does not shadow. Each shows the binding's first key.
    public func footerHints(in view: String? = nil) -> [KeyHint] {
        var hints: [KeyHint] = []
        var local: [KeyBinding] = []
        if let view { local = bindings(in: .view(view)) }
        for binding in local where binding.showInFooter {
            if let key = binding.keys.first { hints.append(KeyHint(key: key.displayName, label: binding.label)) }
        }
        let shadowed = Set(local.flatMap(\.keys))
        for binding in bindings(in: .global) where binding.showInFooter {
            guard let key = binding.keys.first(where: { !shadowed.contains($0) }) else { continue }
            hints.append(KeyHint(key: key.displayName, label: binding.label))
        }
        return hints
    }

    /// Help sections for `view`: "This view" (when it has bindings) above "Global".
    public func helpSections(for view: String? = nil, viewTitle: String = "This view") -> [HelpSection] {
        var sections: [HelpSection] = []
        if let view {
            let local = bindings(in: .view(view))
            if !local.isEmpty { sections.append(HelpSection(title: viewTitle, bindings: local)) }
        }
        sections.append(HelpSection(title: "Global", bindings: bindings(in: .global)))
        return sections
    }

    /// Problems in the keymap: the same key bound twice in one scope.
    public func conflicts() -> [String] {
        var seen: [KeyBinding.Scope: [Key: ActionID]] = [:]
        var problems: [String] = []
        for binding in bindings {
            for key in binding.keys {
                if let earlier = seen[binding.scope]?[key], earlier != binding.action {
                    problems.append("\(key.displayName) in \(binding.scope) is bound to both \(earlier) and \(binding.action)")
                }
                seen[binding.scope, default: [:]][key] = binding.action
            }
        }
        return problems
    }
}
