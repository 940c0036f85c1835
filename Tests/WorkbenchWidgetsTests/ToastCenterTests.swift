import Testing
import TerminalCore
import WorkbenchWidgets

@Suite struct ToastCenterTests {
    @Test func toastsExpireOnTheInjectedClock() {
        var center = ToastCenter(infoDuration: 3, errorDuration: 8)
        center.post("saved", now: 100)
        center.post("database is locked", kind: .error, now: 101)
        #expect(center.visible(now: 102).map(\.message) == ["saved", "database is locked"])
        var changed = center.expire(now: 103)
        #expect(changed)
        #expect(center.toasts.map(\.message) == ["database is locked"])
        changed = center.expire(now: 108.5)
        #expect(!changed)
        changed = center.expire(now: 109)
        #expect(changed)
        #expect(center.toasts.isEmpty)
    }

    @Test func rendersNewestAtTheBottomRight() {
        var center = ToastCenter(maxVisible: 2)
        center.post("one", now: 0)
        center.post("two", now: 0)
        center.post("boom", kind: .error, now: 0)
        let canvas = rendered(30, 3) { canvas, rect in center.render(into: &canvas, in: rect, theme: mono, now: 1) }
        #expect(canvas.plainText() == "\n           • two\n           ✗ boom")
        #expect(canvas[10, 2].style == mono[.error].reversed)
        center.dismissAll()
        #expect(center.visible(now: 1).isEmpty)
    }
}
