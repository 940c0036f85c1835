import Testing
import TerminalCore
import WorkbenchWidgets

@Suite struct TextFieldTests {
    static func typing(_ text: String) -> TextField {
        var field = TextField()
        for c in text { _ = field.handle(.char(c)) }
        return field
    }

    @Test func insertsAndMovesByCharacter() {
        var field = Self.typing("helo")
        _ = field.handle(.left)
        _ = field.handle(.char("l"))
        #expect(field.text == "hello")
        #expect(field.cursor == 4)
        _ = field.handle(.ctrl("a"))
        #expect(field.cursor == 0)
        _ = field.handle(.left)
        #expect(field.cursor == 0)
        _ = field.handle(.ctrl("e"))
        _ = field.handle(.right)
        #expect(field.cursor == 5)
    }

    @Test func readlineKillKeys() {
        var field = Self.typing("port the kernel")
        #expect(field.handle(.ctrl("w")) == .edited)
        #expect(field.text == "port the ")
        _ = field.handle(.home)
        _ = field.handle(.alt("f"))
        #expect(field.cursor == 4)
        _ = field.handle(.ctrl("k"))
        #expect(field.text == "port")
        _ = field.handle(.ctrl("u"))
        #expect(field.text == "")
        #expect(field.handle(.backspace) == .moved)
    }

    @Test func wordMotionWithAltAndCtrlArrows() {
        var field = Self.typing("cuda_malloc to hip-malloc")
        _ = field.handle(.alt("b"))
        #expect(field.cursor == 19)
        _ = field.handle(.ctrlLeft)
        #expect(field.cursor == 15)
        _ = field.handle(.ctrlLeft)
        _ = field.handle(.ctrlLeft)
        #expect(field.cursor == 0)
        _ = field.handle(.ctrlRight)
        #expect(field.cursor == 11)
        _ = field.handle(.alt("d"))
        #expect(field.text == "cuda_malloc hip-malloc")
    }

    @Test func deleteAndBackspace() {
        var field = Self.typing("abc")
        _ = field.handle(.home)
        _ = field.handle(.delete)
        #expect(field.text == "bc")
        _ = field.handle(.end)
        _ = field.handle(.backspace)
        #expect(field.text == "b")
    }

    @Test func wideCharactersEditAsOneUnit() {
        var field = Self.typing("移行x")
        _ = field.handle(.left)
        _ = field.handle(.backspace)
        #expect(field.text == "移x")
        let canvas = rendered(6, 1) { canvas, rect in field.render(into: &canvas, in: rect, theme: mono, focused: true) }
        #expect(canvas.plainText() == "移x")
        #expect(canvas[2, 0].style.attributes.contains(.reverse))
    }

    @Test func controlCharactersAreRefusedAndMaxLengthHolds() {
        var field = TextField(maxLength: 3)
        #expect(field.handle(.char("\u{1B}")) == .ignored)
        for c in "abcd" { _ = field.handle(.char(c)) }
        #expect(field.text == "abc")
        #expect(field.handle(.enter) == .ignored)
    }

    @Test func longTextScrollsToKeepTheCursorVisible() {
        var field = Self.typing("abcdefghij")
        var canvas = rendered(5, 1) { canvas, rect in field.render(into: &canvas, in: rect, theme: mono, focused: false) }
        #expect(canvas.plainText() == "ghij")
        _ = field.handle(.home)
        canvas = rendered(5, 1) { canvas, rect in field.render(into: &canvas, in: rect, theme: mono, focused: false) }
        #expect(canvas.plainText() == "abcde")
        let cursor = field.render(into: &canvas, in: Rect(x: 0, y: 0, width: 5, height: 1), theme: mono, focused: true)
        #expect(cursor == Point(x: 0, y: 0))
    }

    @Test func placeholderShowsWhenEmpty() {
        let field = TextField(placeholder: "e.g. 1.5")
        let canvas = rendered(10, 1) { canvas, rect in field.render(into: &canvas, in: rect, theme: mono, focused: false) }
        #expect(canvas.plainText() == "e.g. 1.5")
        #expect(canvas[0, 0].style.attributes.contains(.dim))
    }
}
