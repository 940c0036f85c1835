import Testing
import TerminalCore

@MainActor
@Suite struct InputScriptTests {
    @Test func parsesKeysTicksAndResizes() throws {
        let events = try InputScript.parse("2 / r space enter ctrl-d tick resize:100x30 esc")
        #expect(events == [
            .key(.char("2")), .key(.char("/")), .key(.char("r")), .key(.char(" ")), .key(.enter),
            .key(.ctrl("d")), .tick, .resize(Size(width: 100, height: 30)), .key(.escape),
        ])
        #expect(throws: Key.ParseError(name: "resize:100")) { try InputScript.parse("resize:100") }
    }

    @Test func memoryTerminalPlaysScripts() throws {
        let terminal = MemoryTerminal()
        try terminal.play("j resize:40x10")
        #expect(terminal.size == Size(width: 40, height: 10))
        #expect(terminal.nextEvent(timeoutMilliseconds: 0) == .key(.char("j")))
        terminal.suspend()
        #expect(terminal.suspendCount == 1)
    }
}
