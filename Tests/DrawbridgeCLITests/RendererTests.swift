import Foundation
import Testing
import TerminalCore
@testable import DrawbridgeCLI

@Suite("Output renderers")
struct RendererTests {
    let table = Tabular(
        columns: [
            .init("id", alignRight: true), .init("name"), .init("hours", alignRight: true),
            .init("note", flexible: true), .init("hidden", inTable: false),
        ],
        rows: [
            [.int(1), .text("数据平台"), .hours(2.5), .text("plain"), .null],
            [.int(22), .text("a,b\"c"), .hours(10), .text("line1\nline2 \u{1B}[31mred"), .bool(true)],
        ])

    @Test("the terminal table aligns by display width and strips control characters")
    func terminalTable() {
        let text = TableRenderer().render(table)
        #expect(text == """
            ID  NAME      HOURS  NOTE
             1  数据平台    2.5  plain
            22  a,b"c        10  line1\\nline2 \\e[31mred

            """)
    }

    @Test("flexible columns shrink to fit a narrow terminal")
    func narrow() {
        let text = TableRenderer(maxWidth: 30).render(table)
        for line in text.split(separator: "\n") {
            #expect(TextWidth.of(String(line)) <= 30, "\(line)")
        }
        #expect(text.contains("…"))
    }

    @Test("CSV quotes commas, quotes and newlines, with CRLF line ends")
    func csv() {
        let text = CSVRenderer.render(table)
        #expect(text == "id,name,hours,note,hidden\r\n1,数据平台,2.5,plain,\r\n22,\"a,b\"\"c\",10,\"line1\nline2 \u{1B}[31mred\",yes\r\n")
    }

    @Test("JSON keeps column order, types numbers, escapes control characters and parses")
    func json() throws {
        let text = JSONRenderer.render(table)
        #expect(text.hasPrefix("[\n  {\"id\":1,\"name\":\"数据平台\",\"hours\":2.5,\"note\":\"plain\",\"hidden\":null}"))
        #expect(text.contains("\\u001b[31mred"))
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]])
        #expect(rows[1]["note"] as? String == "line1\nline2 \u{1B}[31mred")
        #expect(rows[1]["hours"] as? Int == 10)
        #expect(rows[1]["hidden"] as? Bool == true)
        #expect(JSONRenderer.render(Tabular(columns: table.columns)) == "[]\n")
    }

    @Test("numbers drop trailing zeros and never print an exponent", arguments: [
        (2.50, 2, "2.5"), (10, 2, "10"), (0.126, 2, "0.13"), (-0.001, 2, "0"), (1234567.891, 1, "1234567.9"),
    ])
    func numbers(value: Double, decimals: Int, expected: String) {
        #expect(NumberText.format(value, decimals: decimals) == expected)
    }

    @Test("an empty table prints its message")
    func empty() {
        #expect(TableRenderer(emptyMessage: "no teams").render(Tabular(columns: table.columns)) == "no teams\n")
    }
}

