import Testing
import TerminalCore

@Suite struct KeyTests {
    @Test func parsesKeyNames() throws {
        #expect(try Key.parse("q") == .char("q"))
        #expect(try Key.parse("Q") == .char("Q"))
        #expect(try Key.parse("ctrl-d") == .ctrl("d"))
        #expect(try Key.parse("C-W") == .ctrl("w"))
        #expect(try Key.parse("alt-b") == .alt("b"))
        #expect(try Key.parse("S-Tab") == .backTab)
        #expect(try Key.parse("pgdn") == .pageDown)
        #expect(try Key.parse("F1") == .function(1))
        #expect(try Key.parse("space") == .char(" "))
        #expect(try Key.parse("esc") == .escape)
    }

    @Test func rejectsUnknownNames() {
        #expect(throws: Key.ParseError(name: "hyper-x")) { try Key.parse("hyper-x") }
        #expect(throws: Key.ParseError.self) { try Key.parse("f99") }
    }

    @Test func displayNames() {
        #expect(Key.ctrl("d").displayName == "Ctrl-d")
        #expect(Key.pageDown.displayName == "PgDn")
        #expect(Key.char(" ").displayName == "Space")
        #expect(Key.backTab.displayName == "Shift-Tab")
        #expect(Key.function(1).displayName == "F1")
    }

    @Test func fixedClockIsFixed() {
        let clock = SecondsClock.fixed(42)
        #expect(clock.now() == 42)
        let live = SecondsClock.monotonic()
        #expect(live.now() >= 0)
    }
}
