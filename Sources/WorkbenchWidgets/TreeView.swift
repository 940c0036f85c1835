import TerminalCore

/// A tree with expandable nodes and a selected line, e.g. teams → codebases → attempts.
public struct TreeView: Sendable {
    /// One visible line of the flattened tree.
    public struct Line: Hashable, Sendable {
        /// The node shown.
        public var node: TreeNode
        /// Nesting depth (0 for roots).
        public var depth: Int
        /// The id of the parent node, nil for roots.
        public var parentID: String?
        /// Whether the node is expanded.
        public var isExpanded: Bool
    }

    /// What an action did.
    public enum Outcome: Hashable, Sendable {
        /// Not a tree action.
        case ignored
        /// The selection moved.
        case moved
        /// A node was expanded or collapsed.
        case toggled(String)
        /// A leaf (or any node, by Enter) was opened.
        case activated(String)
    }

    /// The root nodes.
    public private(set) var roots: [TreeNode]
    /// The ids of expanded nodes.
    public private(set) var expanded: Set<String>
    /// The visible lines, in display order.
    public private(set) var lines: [Line] = []
    /// Selection and scroll over `lines`.
    public private(set) var cursor = ListCursor()
    /// Whether the tree has focus.
    public var isFocused: Bool = true

    /// A tree of `roots`, with the nodes in `expanded` open.
    public init(roots: [TreeNode] = [], expanded: Set<String> = []) {
        self.roots = roots
        self.expanded = expanded
        rebuild(keeping: nil)
    }

    /// The selected line, if any.
    public var selectedLine: Line? {
        lines.isEmpty ? nil : lines[cursor.selection]
    }

    /// Replaces the nodes, keeping expansion and the selected id where they still exist.
    public mutating func setRoots(_ newRoots: [TreeNode]) {
        let selectedID = selectedLine?.node.id
        roots = newRoots
        rebuild(keeping: selectedID)
    }

    /// Tells the tree how many lines its rectangle shows.
    public mutating func setViewportHeight(_ height: Int) {
        cursor.setPageSize(height)
    }

    /// Expands or collapses the node `id`.
    public mutating func setExpanded(_ id: String, _ open: Bool) {
        let selectedID = selectedLine?.node.id
        if open { expanded.insert(id) } else { expanded.remove(id) }
        rebuild(keeping: selectedID)
    }

    /// Selects node `id` if visible; returns whether it was found.
    @discardableResult
    public mutating func select(id: String) -> Bool {
        guard let index = lines.firstIndex(where: { $0.node.id == id }) else { return false }
        cursor.select(index)
        return true
    }

    /// Applies a keymap action: movement, `move-right` to expand (or step into the first
    /// child), `move-left` to collapse (or step out to the parent), `toggle`, and `drill-in`.
    public mutating func perform(_ action: ActionID) -> Outcome {
        if cursor.perform(action) { return .moved }
        guard let line = selectedLine else { return .ignored }
        let id = line.node.id
        let hasChildren = !line.node.children.isEmpty
        switch action {
        case .moveRight:
            if hasChildren && !line.isExpanded {
                setExpanded(id, true)
                return .toggled(id)
            }
            if hasChildren {
                cursor.move(by: 1)
                return .moved
            }
            return .ignored
        case .moveLeft:
            if hasChildren && line.isExpanded {
                setExpanded(id, false)
                return .toggled(id)
            }
            if let parent = line.parentID, select(id: parent) { return .moved }
            return .ignored
        case .toggle:
            guard hasChildren else { return .ignored }
            setExpanded(id, !line.isExpanded)
            return .toggled(id)
        case .drillIn:
            return .activated(id)
        default:
            return .ignored
        }
    }

    /// Applies a key through `keymap` (view bindings of `view` first, then global).
    public mutating func handle(_ key: Key, keymap: Keymap, view: String? = nil) -> Outcome {
        guard let action = keymap.action(for: key, in: view) else { return .ignored }
        return perform(action)
    }

    /// Applies a mouse event given the rectangle the tree was drawn in: wheel scrolls, a
    /// click selects, a click on the selected node toggles it (or opens a leaf).
    public mutating func handle(_ mouse: MouseEvent, in rect: Rect) -> Outcome {
        switch mouse.kind {
        case .wheelUp:
            cursor.scroll(by: -3)
            return .moved
        case .wheelDown:
            cursor.scroll(by: 3)
            return .moved
        case .press(.left):
            guard rect.contains(mouse.position) else { return .ignored }
            var view = cursor
            view.setPageSize(rect.height)
            let index = view.offset + mouse.position.y - rect.y
            guard index >= 0, index < lines.count else { return .ignored }
            if index == cursor.selection {
                return lines[index].node.children.isEmpty ? .activated(lines[index].node.id) : perform(.toggle)
            }
            cursor.select(index)
            return .moved
        default:
            return .ignored
        }
    }

    private mutating func rebuild(keeping selectedID: String?) {
        var result: [Line] = []
        func visit(_ nodes: [TreeNode], depth: Int, parent: String?) {
            for node in nodes {
                let open = expanded.contains(node.id)
                result.append(Line(node: node, depth: depth, parentID: parent, isExpanded: open && !node.children.isEmpty))
                if open { visit(node.children, depth: depth + 1, parent: node.id) }
            }
        }
        visit(roots, depth: 0, parent: nil)
        lines = result
        cursor.setCount(result.count)
        if let selectedID, let index = result.firstIndex(where: { $0.node.id == selectedID }) {
            cursor.select(index)
        }
    }
}
