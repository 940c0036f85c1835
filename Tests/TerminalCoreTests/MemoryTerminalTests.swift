import Testing
import TerminalCore

@MainActor
@Suite struct MemoryTerminalTests {
    @Test func keepsTheLastFrameAsTrimmedText() {
        let terminal = MemoryTerminal(size: Size(width: 10, height: 3))
        var canvas = Canvas(size: terminal.size)
        canvas.draw("top   ", at: Point(x: 0, y: 0))
        canvas.draw("移行", at: Point(x: 2, y: 2))
        terminal.draw(canvas)
        #expect(terminal.text == "top\n\n  移行")
        #expect(terminal.frameCount == 1)
    }

    @Test func styledTextAddsALayerAndLegend() {
        let terminal = MemoryTerminal(size: Size(width: 6, height: 2))
        var canvas = Canvas(size: terminal.size)
        canvas.draw("ab", at: .origin, style: Style.plain.bold)
        canvas.draw("cd", at: Point(x: 3, y: 0), style: Style(foreground: .red))
        canvas.draw("移", at: Point(x: 0, y: 1), style: Style.plain.bold)
        terminal.draw(canvas)
        #expect(terminal.styledText == """
        ab cd
        移
        --- styles
        aa.bb
        aa
        a = bold
        b = fg:red
        """)
    }

    @Test func eventsComeFromTheQueueThenTicks() {
        let terminal = MemoryTerminal()
        terminal.type(.char("j"), .enter)
        terminal.type(text: "ab")
        terminal.resize(to: Size(width: 20, height: 5))
        var events: [InputEvent] = []
        for _ in 0..<6 { events.append(terminal.nextEvent(timeoutMilliseconds: 10)) }
        #expect(events == [.key(.char("j")), .key(.enter), .key(.char("a")), .key(.char("b")), .resize(Size(width: 20, height: 5)), .tick])
        #expect(terminal.size == Size(width: 20, height: 5))
    }

    @Test func aCanvasOfAnotherSizeIsCroppedLikeARealScreen() {
        let terminal = MemoryTerminal(size: Size(width: 3, height: 1))
        var canvas = Canvas(size: Size(width: 6, height: 2))
        canvas.draw("ab移cd", at: .origin)
        canvas.draw("second", at: Point(x: 0, y: 1))
        terminal.draw(canvas)
        #expect(terminal.text == "ab")
    }

    @Test func recordsModesAndShutdown() {
        let terminal = MemoryTerminal()
        terminal.setMouseEnabled(false)
        terminal.setColorMode(.ansi16)
        terminal.setCursor(Point(x: 1, y: 2))
        terminal.shutdown()
        #expect(!terminal.mouseEnabled)
        #expect(terminal.colorMode == .ansi16)
        #expect(terminal.cursor == Point(x: 1, y: 2))
        #expect(terminal.isShutDown)
    }
}
