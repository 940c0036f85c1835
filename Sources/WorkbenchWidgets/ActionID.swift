/// The name of something a key can do, e.g. `move-down` or `quit`; the link between key
/// bindings (data) and the code that performs them.
public struct ActionID: RawRepresentable, Hashable, Sendable, ExpressibleByStringLiteral, CustomStringConvertible {
    /// The action's stable name.
    public let rawValue: String

    /// An action named `rawValue`.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// An action named by a string literal.
    public init(stringLiteral value: String) { self.rawValue = value }

    /// The action's name.
    public var description: String { rawValue }

    /// Move the selection up one row.
    public static let moveUp: ActionID = "move-up"
    /// Move the selection down one row.
    public static let moveDown: ActionID = "move-down"
    /// Move left: collapse a tree node, previous column, previous pane.
    public static let moveLeft: ActionID = "move-left"
    /// Move right: expand a tree node, next column, next pane.
    public static let moveRight: ActionID = "move-right"
    /// Jump to the first row.
    public static let top: ActionID = "top"
    /// Jump to the last row.
    public static let bottom: ActionID = "bottom"
    /// Scroll up one page.
    public static let pageUp: ActionID = "page-up"
    /// Scroll down one page.
    public static let pageDown: ActionID = "page-down"
    /// Scroll up half a page.
    public static let halfPageUp: ActionID = "half-page-up"
    /// Scroll down half a page.
    public static let halfPageDown: ActionID = "half-page-down"
    /// Open the selected item.
    public static let drillIn: ActionID = "drill-in"
    /// Go back one level, close a popup, clear a filter.
    public static let back: ActionID = "back"
    /// Close the current view; quit at the top level.
    public static let close: ActionID = "close"
    /// Quit from anywhere.
    public static let quit: ActionID = "quit"
    /// Start typing a filter.
    public static let filter: ActionID = "filter"
    /// Open the command line.
    public static let commandLine: ActionID = "command-line"
    /// Show the key help.
    public static let help: ActionID = "help"
    /// Focus the next pane.
    public static let nextPane: ActionID = "next-pane"
    /// Focus the previous pane.
    public static let previousPane: ActionID = "previous-pane"
    /// Sort by the selected column; again to reverse.
    public static let sort: ActionID = "sort"
    /// Select the previous sort column.
    public static let sortPreviousColumn: ActionID = "sort-previous-column"
    /// Select the next sort column.
    public static let sortNextColumn: ActionID = "sort-next-column"
    /// Expand or collapse the selected tree node.
    public static let toggle: ActionID = "toggle"

    /// Jump to screen `number` (1–7).
    public static func screen(_ number: Int) -> ActionID { ActionID(rawValue: "screen-\(number)") }

    /// The screen number for a `screen(_:)` action, or nil for any other action.
    public var screenNumber: Int? {
        guard rawValue.hasPrefix("screen-") else { return nil }
        return Int(rawValue.dropFirst("screen-".count))
    }
}
