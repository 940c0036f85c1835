import Testing
import TerminalCore
import WorkbenchWidgets

@Suite struct ConfirmDialogTests {
    static let dialog = ConfirmDialog(title: "Delete", message: "Delete intervention #42?", confirmLabel: "Delete", cancelLabel: "Keep")

    @Test func focusStartsOnNoSoEnterIsSafe() {
        var dialog = Self.dialog
        #expect(dialog.focus == .no)
        #expect(dialog.handle(.enter) == .cancelled)
    }

    @Test func yesNoAndEscapeAnswerDirectly() {
        var dialog = Self.dialog
        #expect(dialog.handle(.char("y")) == .confirmed)
        #expect(dialog.handle(.char("n")) == .cancelled)
        #expect(dialog.handle(.escape) == .cancelled)
        #expect(dialog.handle(.char("x")) == .ignored)
    }

    @Test func tabMovesFocusThenEnterConfirms() {
        var dialog = Self.dialog
        #expect(dialog.handle(.tab) == .moved)
        #expect(dialog.focus == .yes)
        #expect(dialog.handle(.enter) == .confirmed)
    }

    @Test func rendersCentredNamingTheObject() {
        let canvas = rendered(40, 9) { canvas, rect in Self.dialog.render(into: &canvas, in: rect, theme: mono) }
        #expect(canvas.plainText() == """

            ┌ Delete ──────────────────────┐
            │                              │
            │ Delete intervention #42?     │
            │                              │
            │ [ Delete (y) ]  [ Keep (n) ] │
            └──────────────────────────────┘


        """)
    }

    @Test func clickingAButtonAnswers() throws {
        var dialog = Self.dialog
        let rect = Rect(x: 0, y: 0, width: 40, height: 9)
        let canvas = rendered(40, 9) { canvas, rect in dialog.render(into: &canvas, in: rect, theme: mono) }
        let row = canvas.line(at: 5)
        let characters = Array(row)
        let keep = try #require((0..<characters.count - 4).first { String(characters[$0..<($0 + 4)]) == "Keep" })
        #expect(dialog.handle(MouseEvent(.press(.left), at: Point(x: keep, y: 5)), in: rect) == .cancelled)
        #expect(dialog.handle(MouseEvent(.press(.left), at: Point(x: 6, y: 5)), in: rect) == .confirmed)
        #expect(dialog.handle(MouseEvent(.wheelDown, at: Point(x: 6, y: 5)), in: rect) == .ignored)
    }

    @Test func tinyScreensDoNotCrash() {
        for width in 0..<6 {
            for height in 0..<6 {
                _ = rendered(width, height) { canvas, rect in Self.dialog.render(into: &canvas, in: rect, theme: mono) }
            }
        }
    }
}
