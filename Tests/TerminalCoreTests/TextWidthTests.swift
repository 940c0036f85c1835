import Testing
import TerminalCore

@Suite struct TextWidthTests {
    @Test func asciiIsOneColumnPerCharacter() {
        #expect(TextWidth.of("hello") == 5)
        #expect(TextWidth.of("") == 0)
    }

    @Test func eastAsianWideAndEmojiTakeTwoColumns() {
        #expect(TextWidth.of("移行") == 4)
        #expect(TextWidth.of(Character("漢")) == 2)
        #expect(TextWidth.of(Character("🚀")) == 2)
        #expect(TextWidth.of(Character("👩‍💻")) == 2)
        #expect(TextWidth.of(Character("ｱ")) == 1) // half-width katakana
    }

    @Test func combiningMarksAndControlsTakeNoColumns() {
        #expect(TextWidth.of("e\u{301}") == 1)
        #expect(TextWidth.of(Unicode.Scalar(0x200B)!) == 0)
        #expect(TextWidth.of(Unicode.Scalar(0x1B)!) == 0)
    }

    @Test func truncateAddsEllipsisAndNeverSplitsWideCharacters() {
        #expect(TextWidth.truncate("abcdef", to: 4) == "abc…")
        #expect(TextWidth.truncate("abc", to: 3) == "abc")
        #expect(TextWidth.truncate("移行移行", to: 4) == "移…")
        #expect(TextWidth.truncate("移行移行", to: 6, ellipsis: "~") == "移行~")
        #expect(TextWidth.truncate("abc", to: 0) == "")
        #expect(TextWidth.truncate("abcdef", to: 1, ellipsis: "...") == ".")
    }

    @Test func padAlignsToExactWidth() {
        #expect(TextWidth.pad("ab", to: 4) == "ab  ")
        #expect(TextWidth.pad("ab", to: 4, alignRight: true) == "  ab")
        #expect(TextWidth.pad("移行x", to: 4) == "移… ")
        #expect(TextWidth.of(TextWidth.pad("移行移行", to: 5)) == 5)
    }

    @Test func wrapBreaksAtSpacesAndInsideLongWords() {
        #expect(TextWidth.wrap("terminal too small", to: 10) == ["terminal", "too small"])
        #expect(TextWidth.wrap("abcdefgh", to: 3) == ["abc", "def", "gh"])
        #expect(TextWidth.wrap("a\nb", to: 5) == ["a", "b"])
        #expect(TextWidth.wrap("移行移行", to: 3) == ["移", "行", "移", "行"])
        #expect(TextWidth.wrap("移", to: 1) == [""])
        #expect(TextWidth.wrap("anything", to: 0).isEmpty)
    }
}
