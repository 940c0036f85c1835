import TerminalCore

/// The default global bindings: vim keys and arrows both always on, the conventions users of
/// lazygit, k9s, htop and tig expect.
extension Keymap {
    /// The default global keymap; `screenNames` labels the `1`…`7` jumps (e.g. "portfolio").
    public static func defaultGlobal(screenNames: [String] = []) -> Keymap {
        var bindings: [KeyBinding] = [
            KeyBinding([.char("k"), .up], .moveUp, label: "up", description: "Move up"),
            KeyBinding([.char("j"), .down], .moveDown, label: "down", description: "Move down"),
            KeyBinding([.char("h"), .left], .moveLeft, label: "left", description: "Move left / collapse"),
            KeyBinding([.char("l"), .right], .moveRight, label: "right", description: "Move right / expand"),
            KeyBinding([.char("g"), .home], .top, label: "top", description: "Go to the first row"),
            KeyBinding([.char("G"), .end], .bottom, label: "bottom", description: "Go to the last row"),
            KeyBinding([.pageUp], .pageUp, label: "page up", description: "Scroll up one page"),
            KeyBinding([.pageDown], .pageDown, label: "page down", description: "Scroll down one page"),
            KeyBinding([.ctrl("u")], .halfPageUp, label: "half up", description: "Scroll up half a page"),
            KeyBinding([.ctrl("d")], .halfPageDown, label: "half down", description: "Scroll down half a page"),
            KeyBinding([.enter], .drillIn, label: "open", description: "Open the selected item"),
            KeyBinding([.escape], .back, label: "back", description: "Go back, close a popup or clear the filter"),
            KeyBinding([.char("/")], .filter, label: "filter", description: "Filter the list", showInFooter: true),
            KeyBinding([.char("s")], .sort, label: "sort", description: "Sort by the selected column; again to reverse"),
            KeyBinding([.char("<")], .sortPreviousColumn, label: "sort ←", description: "Select the previous sort column"),
            KeyBinding([.char(">")], .sortNextColumn, label: "sort →", description: "Select the next sort column"),
            KeyBinding([.char(" ")], .toggle, label: "toggle", description: "Expand or collapse the selected node"),
            KeyBinding([.tab], .nextPane, label: "next pane", description: "Focus the next pane"),
            KeyBinding([.backTab], .previousPane, label: "prev pane", description: "Focus the previous pane"),
            KeyBinding([.char(":")], .commandLine, label: "command", description: "Open the command line", showInFooter: true),
        ]
        for number in 1...7 {
            let name = number <= screenNames.count ? screenNames[number - 1] : "screen \(number)"
            bindings.append(KeyBinding(
                [.char(Character(String(number)))], .screen(number),
                label: name, description: "Go to the \(name) screen"
            ))
        }
        bindings += [
            KeyBinding([.char("?"), .function(1)], .help, label: "help", description: "Show this help", showInFooter: true),
            KeyBinding([.char("q")], .close, label: "quit", description: "Close the view; quit at the top level", showInFooter: true),
            KeyBinding([.char("Q"), .ctrl("c")], .quit, label: "quit all", description: "Quit from anywhere"),
        ]
        return Keymap(bindings)
    }
}
