import Testing
import TerminalCore
import WorkbenchWidgets

@Suite struct PromptLineTests {
    static func typed(_ prompt: inout PromptLine, _ text: String) {
        for c in text { _ = prompt.handle(.char(c)) }
    }

    @Test func editsAreReportedLiveAndEnterSubmits() {
        var prompt = PromptLine(prefix: "/")
        #expect(prompt.handle(.char("r")) == .edited("r"))
        Self.typed(&prompt, "ocm")
        #expect(prompt.handle(.enter) == .submitted("rocm"))
        #expect(prompt.history == ["rocm"])
        #expect(prompt.handle(.escape) == .cancelled)
    }

    @Test func upAndDownWalkTheHistoryAndRestoreTheDraft() {
        var prompt = PromptLine(prefix: ":", history: ["attempt 12", "scan ."])
        Self.typed(&prompt, "q")
        #expect(prompt.handle(.up) == .edited("scan ."))
        #expect(prompt.handle(.up) == .edited("attempt 12"))
        #expect(prompt.handle(.up) == .edited("attempt 12"))
        #expect(prompt.handle(.down) == .edited("scan ."))
        #expect(prompt.handle(.down) == .edited("q"))
        #expect(prompt.handle(.down) == .moved)
    }

    @Test func historySkipsRepeatsAndKeepsItsLimit() {
        var prompt = PromptLine(prefix: ":", historyLimit: 2)
        for entry in ["a", "a", "b", "c"] {
            prompt.reset(text: entry)
            _ = prompt.handle(.enter)
        }
        #expect(prompt.history == ["b", "c"])
    }

    @Test func rendersPrefixAndText() {
        var prompt = PromptLine(prefix: ":")
        Self.typed(&prompt, "attempt 12")
        var canvas = Canvas(size: Size(width: 16, height: 1))
        let cursor = prompt.render(into: &canvas, in: canvas.bounds, theme: mono)
        #expect(canvas.plainText() == ":attempt 12")
        #expect(cursor == Point(x: 11, y: 0))
    }
}
