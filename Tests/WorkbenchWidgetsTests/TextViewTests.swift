import Testing
import TerminalCore
import WorkbenchWidgets

@Suite struct TextViewTests {
    static let source = "int main() {\n\tcudaMalloc(&p, n);\n\tkernel<<<1, 1>>>(p);\n\u{1B}[2Jreturn 0;\n}"

    @Test func rendersGutterTabsAndHighlightSafely() {
        let view = TextView(text: Self.source, firstLineNumber: 41, highlightedLine: 1)
        let canvas = rendered(30, 5) { canvas, rect in view.render(into: &canvas, in: rect, theme: mono) }
        #expect(canvas.plainText() == """
        41 int main() {
        42     cudaMalloc(&p, n);
        43     kernel<<<1, 1>>>(p);
        44 \\e[2Jreturn 0;
        45 }
        """)
        #expect(canvas[10, 1].style == mono[.selection])
        #expect(canvas[10, 2].style == mono[.text])
    }

    @Test func scrollsWithinBounds() {
        var view = TextView(lines: (1...50).map { "line \($0)" }, firstLineNumber: nil)
        view.setViewportHeight(10)
        _ = view.perform(.pageDown)
        #expect(view.scrollOffset == 10)
        _ = view.perform(.bottom)
        #expect(view.scrollOffset == 40)
        _ = view.handle(MouseEvent(.wheelDown, at: .origin))
        #expect(view.scrollOffset == 40)
        _ = view.perform(.top)
        _ = view.perform(.moveUp)
        #expect(view.scrollOffset == 0)
        #expect(view.perform(.drillIn) == .ignored)
        view.highlightedLine = 30
        view.centreOnHighlight()
        #expect(view.scrollOffset == 27)
        let canvas = rendered(10, 2) { canvas, rect in view.render(into: &canvas, in: rect, theme: mono) }
        #expect(canvas.line(at: 0) == "line 28")
    }
}

@Suite struct TabBarTests {
    static let bar = TabBar(titles: ["Portfolio", "Attempts", "Scan"], selected: 1)

    @Test func rendersNumberedTabsWithTheCurrentOneMarked() {
        let canvas = rendered(40, 1) { canvas, rect in Self.bar.render(into: &canvas, in: rect, theme: mono) }
        #expect(canvas.plainText() == " 1 Portfolio  2 Attempts  3 Scan")
        #expect(canvas[14, 0].style == mono[.selection].bold)
        #expect(canvas[1, 0].style == mono[.dim])
    }

    @Test func clicksFindTheTab() {
        let rect = Rect(x: 0, y: 0, width: 40, height: 1)
        #expect(Self.bar.tab(atX: 0, in: rect) == 0)
        #expect(Self.bar.tab(atX: 14, in: rect) == 1)
        #expect(Self.bar.tab(atX: 39, in: rect) == nil)
    }
}
