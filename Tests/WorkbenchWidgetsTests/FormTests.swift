import Testing
import TerminalCore
import WorkbenchWidgets

@Suite struct FormTests {
    static func form() -> Form {
        Form(title: "Log", fields: [
            .text("who", label: "Engineer", value: "mei", required: true),
            .text("hours", label: "Hours", required: true, validator: { Double($0) == nil ? "not a number" : nil }),
            .choice("kind", label: "Kind", options: ["port", "build", "tune"]),
        ])
    }

    @Test func tabAndShiftTabMoveBetweenFieldsAndWrap() {
        var form = Self.form()
        #expect(form.handle(.tab) == .moved)
        #expect(form.focus == 1)
        _ = form.handle(.tab)
        _ = form.handle(.tab)
        #expect(form.focus == 0)
        _ = form.handle(.backTab)
        #expect(form.focus == 2)
    }

    @Test func submitValidatesAndFocusesTheFirstInvalidField() {
        var form = Self.form()
        #expect(form.handle(.enter) == .moved)
        #expect(form.errors == ["hours": "required"])
        #expect(form.focus == 1)
        for c in "1.5x" { _ = form.handle(.char(c)) }
        #expect(form.errors["hours"] == "not a number")   // re-validated as typed
        _ = form.handle(.backspace)
        #expect(form.errors["hours"] == nil)
        #expect(form.handle(.ctrl("s")) == .submitted(["who": "mei", "hours": "1.5", "kind": "port"]))
    }

    @Test func leavingAFieldValidatesIt() {
        var form = Self.form()
        _ = form.handle(.tab)
        _ = form.handle(.tab)
        #expect(form.errors["hours"] == "required")
        #expect(form.errors["who"] == nil)
    }

    @Test func choiceFieldsCycleBothWays() {
        var form = Self.form()
        _ = form.handle(.backTab)
        #expect(form.handle(.right) == .edited)
        #expect(form.values["kind"] == "build")
        _ = form.handle(.char(" "))
        _ = form.handle(.char(" "))
        #expect(form.values["kind"] == "port")
        _ = form.handle(.left)
        #expect(form.values["kind"] == "tune")
        #expect(form.handle(.char("x")) == .ignored)
    }

    @Test func escapeCancelsAtOnceWhenClean() {
        var form = Self.form()
        #expect(form.handle(.escape) == .cancelled)
    }

    @Test func escapeAsksBeforeDiscardingChanges() {
        var form = Self.form()
        _ = form.handle(.char("!"))
        #expect(form.isDirty)
        #expect(form.handle(.escape) == .moved)
        #expect(form.isConfirmingDiscard)
        #expect(form.handle(.enter) == .moved)     // the safe default keeps editing
        #expect(!form.isConfirmingDiscard)
        _ = form.handle(.escape)
        #expect(form.handle(.char("y")) == .cancelled)
    }

    @Test func rendersLabelsInputsAndMessages() {
        var form = Self.form()
        _ = form.handle(.enter)
        let canvas = rendered(40, 7) { canvas, rect in _ = form.render(into: &canvas, in: rect, theme: mono) }
        #expect(canvas.plainText() == """
        ┌ Log ─────────────────────────────────┐
        │ Engineer mei                         │
        │ Hours                     required   │
        │ Kind     < port >                    │
        │                                      │
        │ Enter save · Esc cancel · Tab next … │
        └──────────────────────────────────────┘
        """)
        // The message is drawn in the error role.
        #expect(canvas[28, 2].style == mono[.error])
    }

    @Test func discardPromptReplacesTheHintLine() {
        var form = Self.form()
        _ = form.handle(.char("x"))
        _ = form.handle(.escape)
        let canvas = rendered(40, 7) { canvas, rect in _ = form.render(into: &canvas, in: rect, theme: mono) }
        #expect(canvas.line(at: 5) == "│ Discard changes? y discard · n keep… │")
    }

    @Test func renderReturnsTheCursorOfTheFocusedTextField() {
        let form = Self.form()
        var canvas = Canvas(size: Size(width: 40, height: 7))
        #expect(form.render(into: &canvas, in: canvas.bounds, theme: mono) == Point(x: 14, y: 1))
    }
}
