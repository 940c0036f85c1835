import TerminalCore

/// A node of a `TreeView`: an id, a label, an optional badge and children.
public struct TreeNode: Hashable, Sendable {
    /// A stable identifier, unique in the tree.
    public var id: String
    /// The text shown (sanitised when drawn).
    public var label: String
    /// A short badge drawn after the label, e.g. a status.
    public var badge: String?
    /// The role the badge is drawn in.
    public var badgeRole: ThemeRole
    /// The children, shown when the node is expanded.
    public var children: [TreeNode]

    /// A node with the given id, label and children.
    public init(id: String, label: String, badge: String? = nil, badgeRole: ThemeRole = .dim, children: [TreeNode] = []) {
        self.id = id
        self.label = label
        self.badge = badge
        self.badgeRole = badgeRole
        self.children = children
    }
}
