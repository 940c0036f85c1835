import Testing
import TerminalCore
import WorkbenchWidgets

@Suite struct StatusBarTests {
    static let bar = StatusBar(
        breadcrumbs: ["Portfolio", "Inference", "attempt 12"],
        flash: "saved",
        hints: [KeyHint(key: "/", label: "filter"), KeyHint(key: "s", label: "sort"), KeyHint(key: "?", label: "help")]
    )

    @Test func breadcrumbsLeftFlashMiddleHintsRight() {
        let canvas = rendered(70, 1) { canvas, rect in Self.bar.render(into: &canvas, in: rect, theme: mono) }
        #expect(canvas.plainText() == " Portfolio › Inference › attempt 12  saved   / filter  s sort  ? help")
        #expect(canvas[69, 0].style == mono[.footer])
    }

    @Test func narrowBarsDropHintsThenLeadingCrumbs() {
        var canvas = rendered(44, 1) { canvas, rect in Self.bar.render(into: &canvas, in: rect, theme: mono) }
        #expect(canvas.plainText() == " Inference › attempt 12    saved     ? help")
        canvas = rendered(20, 1) { canvas, rect in Self.bar.render(into: &canvas, in: rect, theme: mono) }
        #expect(canvas.plainText() == " atte…  sav… ? help")
    }

    @Test func anyWidthIsSafe() {
        for width in 0..<80 {
            let canvas = rendered(width, 1) { canvas, rect in Self.bar.render(into: &canvas, in: rect, theme: mono) }
            #expect(canvas.size.width == width)
        }
    }

    @Test func untrustedCrumbsAreSanitised() {
        let bar = StatusBar(breadcrumbs: ["evil\u{1B}[2J"])
        let canvas = rendered(20, 1) { canvas, rect in bar.render(into: &canvas, in: rect, theme: mono) }
        #expect(canvas.plainText() == " evil\\e[2J")
    }
}
