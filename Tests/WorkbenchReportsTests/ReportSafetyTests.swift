import Foundation
import Testing
import WorkbenchReports
import WorkbenchStore

/// Hostile store text never becomes markup, escapes or a broken table.
@Suite struct ReportSafetyTests {
    @Test func htmlEscapesEveryStoreString() throws {
        let fixture = try ReportFixture(title: "<script>alert(1)</script> \"x\" | y")
        let html = try Report.build(scope: .attempt(fixture.ascendC), from: fixture.workbench).render(.html)
        #expect(!html.contains("<script"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(html.contains("&quot;quote&#39;"))
        #expect(!html.contains("\u{1b}"))
        #expect(!html.contains("\u{202e}"))
    }

    @Test func markdownStripsControlsAndEscapesPipes() throws {
        let fixture = try ReportFixture(title: "<script>alert(1)</script> | y")
        for scope in [ReportScope.attempt(fixture.ascendC), .portfolio] {
            let markdown = try Report.build(scope: scope, from: fixture.workbench).render(.markdown)
            #expect(!markdown.contains("\u{1b}"))
            #expect(!markdown.contains("\u{202e}"))
            #expect(!markdown.contains("<script"))
            #expect(markdown.contains("&lt;script&gt;"))
            // Every table row keeps its column count: the hostile `|` is escaped.
            for line in markdown.split(separator: "\n") where line.hasPrefix("| ") && line.contains("pipe") {
                #expect(line.contains("\\|pipe"))
            }
        }
    }

    @Test func sanitizerRules() {
        #expect(ReportText.plain("a\u{1b}[31mb\u{202e}c\u{2066}d\ne") == "a[31mbcd e")
        #expect(ReportText.html("<a href='x'>&</a>") == "&lt;a href=&#39;x&#39;&gt;&amp;&lt;/a&gt;")
        #expect(ReportText.markdown("a|b`c") == "a\\|b\\`c")
        #expect(ReportText.html("<\u{338}script>") == "&lt;\u{338}script&gt;")
        #expect(ReportText.code("x```y\u{7}") == "x'''y")
    }
}
