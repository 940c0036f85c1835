import Testing
@testable import TerminalCore

@Suite("Text width")
struct TextWidthTests {
    @Test("ASCII, wide CJK, emoji and combining marks", arguments: [
        ("abc", 3), ("数据", 4), ("🚀", 2), ("e\u{301}", 1), ("👩‍💻", 2), ("", 0), ("ａ", 2), ("한국", 4),
    ])
    func widths(text: String, width: Int) {
        #expect(TextWidth.of(text) == width)
    }

    @Test("truncation never splits a wide character and ends with an ellipsis")
    func truncate() {
        #expect(TextWidth.truncate("数据平台团队", to: 7) == "数据平…")
        #expect(TextWidth.truncate("short", to: 10) == "short")
        #expect(TextWidth.pad("数据", to: 6) == "数据  ")
        #expect(TextWidth.pad("7", to: 3, alignRight: true) == "  7")
    }

    @Test("control and bidi characters are made visible")
    func sanitize() {
        #expect(TerminalText.sanitized("a\u{1B}[2Jb\nc\u{202E}d\u{0}") == "a\\e[2Jb\\nc\\u{202E}d\\0")
        #expect(!TerminalText.containsUnsafe("数据 🚀 café"))
        #expect(TerminalText.containsUnsafe("bell\u{7}"))
    }
}
