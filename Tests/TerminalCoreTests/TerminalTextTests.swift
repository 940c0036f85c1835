import Testing
import TerminalCore

@Suite struct TerminalTextTests {
    @Test func controlCharactersBecomeVisibleEscapes() {
        #expect(TerminalText.sanitized("a\u{1B}[31mb") == "a\\e[31mb")
        #expect(TerminalText.sanitized("line\nnext\ttab\r") == "line\\nnext\\ttab\\r")
        #expect(TerminalText.sanitized("nul\u{0}") == "nul\\0")
        #expect(TerminalText.sanitized("c1\u{9B}") == "c1\\u{9B}")
        #expect(TerminalText.sanitized("del\u{7F}") == "del\\u{7F}")
    }

    @Test func bidiControlsAreEscaped() {
        #expect(TerminalText.sanitized("a\u{202E}b") == "a\\u{202E}b")
        #expect(TerminalText.containsUnsafe("x\u{2066}y"))
    }

    @Test func ordinaryTextIsUntouched() {
        let text = "llama.cpp 移行 🚀 café"
        #expect(TerminalText.sanitized(text) == text)
        #expect(!TerminalText.containsUnsafe(text))
    }
}
