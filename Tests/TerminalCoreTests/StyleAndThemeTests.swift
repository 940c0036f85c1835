import Testing
import TerminalCore

@Suite struct StyleAndThemeTests {
    @Test func colourNumbersFallBackOnSmallerPalettes() {
        #expect(TerminalColor.terminalDefault.number(forColorCount: 256) == -1)
        #expect(TerminalColor.brightRed.number(forColorCount: 256) == 9)
        #expect(TerminalColor.brightRed.number(forColorCount: 8) == 1)
        #expect(TerminalColor.indexed(196).number(forColorCount: 256) == 196)
        #expect(TerminalColor.indexed(196).number(forColorCount: 16) == 9)
        #expect(TerminalColor.indexed(21).number(forColorCount: 16) == 4)
        #expect(TerminalColor.indexed(244).number(forColorCount: 16) == 8)
    }

    @Test func styleSummaryNamesAttributesAndColours() {
        #expect(Style.plain.summary == "plain")
        #expect(Style(foreground: .cyan, background: .indexed(17), attributes: [.bold, .underline]).summary == "bold underline fg:cyan bg:17")
        #expect(Style.plain.bold.reversed.attributes == [.bold, .reverse])
    }

    @Test func noColorSelectsTheMonoTheme() {
        #expect(Theme.select(noColorEnvironment: "1", noColorFlag: false).name == "mono")
        #expect(Theme.select(noColorEnvironment: "", noColorFlag: false).name == "color")
        #expect(Theme.select(noColorEnvironment: nil, noColorFlag: true).name == "mono")
        #expect(Theme.select(noColorEnvironment: nil, noColorFlag: false, ascii: true).glyphs == .ascii)
    }

    @Test func monoThemeUsesNoColourAtAll() {
        for role in ThemeRole.allCases {
            let style = Theme.mono[role]
            #expect(style.foreground == .terminalDefault && style.background == .terminalDefault, "\(role)")
        }
    }

    @Test func everyRoleHasAStyleInBothThemes() {
        for role in ThemeRole.allCases {
            #expect(Theme.color.styles[role] != nil, "color lacks \(role)")
            #expect(Theme.mono.styles[role] != nil, "mono lacks \(role)")
        }
    }
}
