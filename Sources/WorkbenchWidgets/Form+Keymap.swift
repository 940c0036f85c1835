import TerminalCore

/// The keys `Form.handle(_:)` understands, as keymap data for the help overlay and footer.
extension Form {
    /// Bindings describing the form keys (and the text editing keys), in scope `view`.
    public static func keymap(view: String) -> Keymap {
        let scope = KeyBinding.Scope.view(view)
        return Keymap([
            KeyBinding([.enter, .ctrl("s")], "form-submit", label: "save", description: "Check the fields and save", scope: scope, showInFooter: true),
            KeyBinding([.escape], "form-cancel", label: "cancel", description: "Close the form (asks first if anything changed)", scope: scope, showInFooter: true),
            KeyBinding([.tab, .down], "form-next", label: "next", description: "Next field", scope: scope, showInFooter: true),
            KeyBinding([.backTab, .up], "form-previous", label: "previous", description: "Previous field", scope: scope),
            KeyBinding([.char(" ")], "form-cycle", label: "choose", description: "Next option of a choice field (also ← →)", scope: scope),
        ]).merged(with: TextField.keymap(view: view))
    }
}
