import Testing
import TerminalCore

/// A counter that quits on `q` and redraws only when the count changes.
@MainActor
final class CounterApp: TerminalApplication {
    var count = 0
    var ticks = 0
    var isFinished = false

    func handle(_ event: InputEvent) -> Bool {
        switch event {
        case .key(.char("+")):
            count += 1
            return true
        case .key(.char("q")):
            isFinished = true
            return false
        case .tick:
            ticks += 1
            return false
        default:
            return false
        }
    }

    func render(into canvas: inout Canvas) -> Point? {
        canvas.draw("count \(count)", at: .origin)
        return Point(x: 6, y: 0)
    }
}

@MainActor
@Suite struct EventLoopTests {
    @Test func runsUntilTheApplicationFinishesDrawingOnlyOnChange() {
        let terminal = MemoryTerminal(size: Size(width: 12, height: 2))
        terminal.type(text: "++")
        terminal.pendingEvents.append(.tick)
        terminal.resize(to: Size(width: 10, height: 1))
        terminal.type(text: "+q")
        let app = CounterApp()
        var loop = EventLoop(terminal: terminal, tickMilliseconds: 10)
        loop.run(app)
        #expect(app.isFinished)
        #expect(app.count == 3)
        #expect(app.ticks == 1)
        #expect(terminal.text == "count 3")
        #expect(terminal.cursor == Point(x: 6, y: 0))
        // First frame, two "+", the resize, one more "+": the tick and "q" draw nothing.
        #expect(loop.framesDrawn == 5)
    }

    @Test func stopsAfterMaxEvents() {
        let terminal = MemoryTerminal()
        let app = CounterApp()
        var loop = EventLoop(terminal: terminal)
        loop.run(app, maxEvents: 3)
        #expect(app.ticks == 3)
        #expect(!app.isFinished)
    }
}
