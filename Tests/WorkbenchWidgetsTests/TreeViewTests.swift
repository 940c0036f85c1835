import Testing
import TerminalCore
import WorkbenchWidgets

@Suite struct TreeViewTests {
    static let roots = [
        TreeNode(id: "t1", label: "Inference", children: [
            TreeNode(id: "c1", label: "llama.cpp", children: [
                TreeNode(id: "a1", label: "ascend", badge: "active", badgeRole: .statusActive),
            ]),
            TreeNode(id: "c2", label: "vLLM"),
        ]),
        TreeNode(id: "t2", label: "Training"),
    ]

    @Test func rendersCollapsedAndExpandedNodes() {
        let tree = TreeView(roots: Self.roots, expanded: ["t1", "c1"])
        let canvas = rendered(24, 6) { canvas, rect in tree.render(into: &canvas, in: rect, theme: mono) }
        #expect(canvas.plainText() == """
        ▾ Inference
          ▾ llama.cpp
              ascend active
            vLLM
          Training

        """)
    }

    @Test func rightExpandsLeftCollapsesAndStepsOut() {
        var tree = TreeView(roots: Self.roots)
        #expect(tree.lines.count == 2)
        #expect(tree.handle(.char("l"), keymap: keymap) == .toggled("t1"))
        #expect(tree.lines.map(\.node.id) == ["t1", "c1", "c2", "t2"])
        #expect(tree.handle(.right, keymap: keymap) == .moved)       // into the first child
        #expect(tree.selectedLine?.node.id == "c1")
        #expect(tree.perform(.toggle) == .toggled("c1"))
        #expect(tree.lines.count == 5)
        _ = tree.perform(.moveDown)
        #expect(tree.selectedLine?.node.id == "a1")
        #expect(tree.handle(.char("h"), keymap: keymap) == .moved)   // leaf: up to the parent
        #expect(tree.selectedLine?.node.id == "c1")
        #expect(tree.handle(.left, keymap: keymap) == .toggled("c1"))
        #expect(tree.lines.count == 4)
        #expect(tree.handle(.enter, keymap: keymap) == .activated("c1"))
    }

    @Test func collapsingAParentKeepsTheSelectionOnIt() {
        var tree = TreeView(roots: Self.roots, expanded: ["t1"])
        tree.select(id: "c2")
        tree.setExpanded("t1", false)
        #expect(tree.selectedLine?.node.id == "t2" || tree.selectedLine?.node.id == "t1")
        #expect(tree.cursor.selection < tree.lines.count)
    }

    @Test func emptyTreeIgnoresActions() {
        var tree = TreeView()
        #expect(tree.perform(.moveRight) == .ignored)
        #expect(tree.perform(.drillIn) == .ignored)
        let canvas = rendered(5, 2) { canvas, rect in tree.render(into: &canvas, in: rect, theme: mono) }
        #expect(canvas.plainText() == "\n")
    }

    @Test func mouseSelectsThenToggles() {
        var tree = TreeView(roots: Self.roots)
        let rect = Rect(x: 0, y: 0, width: 20, height: 5)
        #expect(tree.handle(MouseEvent(.press(.left), at: Point(x: 1, y: 0)), in: rect) == .toggled("t1"))
        #expect(tree.handle(MouseEvent(.press(.left), at: Point(x: 1, y: 2)), in: rect) == .moved)
        #expect(tree.handle(MouseEvent(.press(.left), at: Point(x: 1, y: 2)), in: rect) == .activated("c2"))
    }

    @Test func setRootsKeepsSelectionById() {
        var tree = TreeView(roots: Self.roots, expanded: ["t1"])
        tree.select(id: "c2")
        tree.setRoots([TreeNode(id: "t0", label: "New")] + Self.roots)
        #expect(tree.selectedLine?.node.id == "c2")
    }
}
