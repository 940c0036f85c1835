import TerminalCore

/// The editing keys `TextField.handle(_:)` understands, as keymap data for the help overlay.
extension TextField {
    /// Bindings describing the readline keys, in scope `view`.
    public static func keymap(view: String) -> Keymap {
        let scope = KeyBinding.Scope.view(view)
        return Keymap([
            KeyBinding([.left, .right], "edit-move", label: "move", description: "Move the cursor", scope: scope),
            KeyBinding([.ctrl("a"), .home], "edit-start", label: "start", description: "Go to the start of the text", scope: scope),
            KeyBinding([.ctrl("e"), .end], "edit-end", label: "end", description: "Go to the end of the text", scope: scope),
            KeyBinding([.alt("b"), .ctrlLeft], "edit-word-left", label: "word ←", description: "Move back one word", scope: scope),
            KeyBinding([.alt("f"), .ctrlRight], "edit-word-right", label: "word →", description: "Move forward one word", scope: scope),
            KeyBinding([.backspace, .delete], "edit-delete", label: "delete", description: "Delete before / under the cursor", scope: scope),
            KeyBinding([.ctrl("w")], "edit-delete-word", label: "del word", description: "Delete the word before the cursor", scope: scope),
            KeyBinding([.ctrl("k")], "edit-kill-end", label: "kill →", description: "Delete to the end of the text", scope: scope),
            KeyBinding([.ctrl("u")], "edit-kill-start", label: "kill ←", description: "Delete to the start of the text", scope: scope),
        ])
    }
}
