import Testing
import TerminalCore
import WorkbenchWidgets

@Suite struct TableViewTests {
    static let columns = [
        TableColumn("Name", width: .flex(min: 4, weight: 1)),
        TableColumn("Hours", width: .fixed(5), alignment: .right),
    ]

    static func table() -> TableView {
        TableView(columns: columns, rows: [
            TableRow(id: "a", cells: ["llama", "12"]),
            TableRow(id: "b", cells: ["vLLM 移行", "3"]),
            TableRow(id: "c", cells: ["cuBLAS", "120"]),
        ])
    }

    @Test func rendersHeaderAndRows() {
        let canvas = rendered(16, 4) { canvas, rect in Self.table().render(into: &canvas, in: rect, theme: mono) }
        #expect(canvas.plainText() == """
        Name       Hours
        llama         12
        vLLM 移行      3
        cuBLAS       120
        """)
    }

    @Test func selectedRowIsReversedAcrossTheWidth() {
        var table = Self.table()
        _ = table.perform(.moveDown)
        let canvas = rendered(16, 4) { canvas, rect in table.render(into: &canvas, in: rect, theme: mono) }
        let layer = canvas.styledText().split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(layer[5] == "aaaaaaaaaa.aaaaa")     // header
        #expect(layer[7] == "bbbbbbbbbbbbbbbb")     // selected row, full width
        #expect(canvas.styledText().hasSuffix("a = bold underline\nb = reverse"))
    }

    @Test func sortKeyTogglesDirectionAndShowsAnArrow() {
        var table = Self.table()
        #expect(table.perform(.sortNextColumn) == .sorted)  // Hours, ascending (numeric)
        #expect(table.visibleRows.map { table.rows[$0].id } == ["b", "a", "c"])
        #expect(table.perform(.sort) == .sorted)            // same column again: descending
        #expect(table.visibleRows.map { table.rows[$0].id } == ["c", "a", "b"])
        let canvas = rendered(16, 2) { canvas, rect in table.render(into: &canvas, in: rect, theme: mono) }
        #expect(canvas.line(at: 0) == "Name       Hour▼")
        #expect(table.perform(.sortPreviousColumn) == .sorted)
        #expect(table.sort == TableView.Sort(column: 0, ascending: false))
        #expect(table.visibleRows.map { table.rows[$0].id } == ["b", "a", "c"])
    }

    @Test func selectionFollowsTheRowThroughSortAndFilter() {
        var table = Self.table()
        _ = table.perform(.bottom)
        #expect(table.selectedRow?.id == "c")
        table.setSort(TableView.Sort(column: 1, ascending: false))
        #expect(table.selectedRow?.id == "c")
        #expect(table.cursor.selection == 0)
        table.setFilter("L")
        #expect(table.visibleRows.count == 3)
        table.setFilter("移")
        #expect(table.selectedRow?.id == "b")
        table.setFilter("nothing")
        #expect(table.selectedRow == nil)
        #expect(table.perform(.drillIn) == .ignored)
    }

    @Test func filterMatchesAreMarked() {
        var table = Self.table()
        table.setFilter("ll")
        _ = table.perform(.bottom)
        let canvas = rendered(16, 3) { canvas, rect in table.render(into: &canvas, in: rect, theme: mono) }
        #expect(canvas.plainText() == "Name       Hours\nllama         12\nvLLM 移行      3")
        // Row 1 ("llama", unselected) marks "ll" with the match style (bold underline).
        #expect(canvas[0, 1].style == mono[.match])
        #expect(canvas[2, 1].style == mono[.text])
        // The selected row keeps its selection style and underlines the match.
        #expect(canvas[1, 2].style.attributes.contains(.reverse))
        #expect(canvas[1, 2].style.attributes.contains(.underline))
    }

    @Test func emptyAndNoMatchMessages() {
        var table = TableView(columns: Self.columns)
        var canvas = rendered(20, 2) { canvas, rect in table.render(into: &canvas, in: rect, theme: mono) }
        #expect(canvas.line(at: 1) == "nothing here yet")
        table = Self.table()
        table.setFilter("zzz")
        canvas = rendered(20, 2) { canvas, rect in table.render(into: &canvas, in: rect, theme: mono) }
        #expect(canvas.line(at: 1) == "no rows match 'zzz'")
    }

    @Test func scrollingKeepsTheSelectionVisible() {
        var table = TableView(columns: Self.columns, rows: (0..<50).map { TableRow(id: "\($0)", cells: ["row \($0)", "\($0)"]) })
        table.setViewportHeight(5) // 4 rows + header
        _ = table.handle(.pageDown, keymap: keymap)
        #expect(table.cursor.selection == 4)
        _ = table.handle(.ctrl("d"), keymap: keymap)
        #expect(table.cursor.selection == 6)
        _ = table.handle(.char("G"), keymap: keymap)
        #expect(table.cursor.selection == 49)
        let canvas = rendered(16, 5) { canvas, rect in table.render(into: &canvas, in: rect, theme: mono) }
        #expect(canvas.line(at: 4) == "row 49        49")
        _ = table.handle(.char("g"), keymap: keymap)
        _ = table.handle(.char("k"), keymap: keymap)
        #expect(table.cursor.selection == 0)
        #expect(table.handle(.enter, keymap: keymap) == .activated("0"))
        #expect(table.handle(.char("z"), keymap: keymap) == .ignored)
    }

    @Test func mouseClicksSortSelectAndOpen() {
        var table = Self.table()
        let rect = Rect(x: 0, y: 0, width: 16, height: 4)
        #expect(table.handle(MouseEvent(.press(.left), at: Point(x: 13, y: 0)), in: rect) == .sorted)
        #expect(table.sort == TableView.Sort(column: 1, ascending: true))
        #expect(table.handle(MouseEvent(.press(.left), at: Point(x: 2, y: 3)), in: rect) == .moved)
        #expect(table.selectedRow?.id == "c")
        #expect(table.handle(MouseEvent(.press(.left), at: Point(x: 2, y: 3)), in: rect) == .activated("c"))
        #expect(table.handle(MouseEvent(.wheelUp, at: .origin), in: rect) == .moved)
        #expect(table.handle(MouseEvent(.press(.left), at: Point(x: 40, y: 40)), in: rect) == .ignored)
    }

    @Test func columnWidthsShareFlexSpace() {
        let widths = TableColumn.resolveWidths([
            TableColumn("a", width: .fixed(3)), TableColumn("b", width: .flex(min: 2, weight: 1)), TableColumn("c", width: .flex(min: 2, weight: 3)),
        ], total: 20)
        #expect(widths == [3, 5, 10])
        #expect(TableColumn.resolveWidths([TableColumn("a", width: .fixed(10)), TableColumn("b", width: .fixed(10))], total: 5) == [4, 0])
    }

    @Test func derivedSortKeysReadNumbersWithUnits() {
        #expect(TableRow.SortKey.derived(from: "12.5%") == .number(12.5))
        #expect(TableRow.SortKey.derived(from: "1,204") == .number(1204))
        #expect(TableRow.SortKey.derived(from: "3h") == .number(3))
        #expect(TableRow.SortKey.derived(from: "HIP") == .text("hip"))
        #expect(TableRow.SortKey.number(100) < .text("a"))
    }
}
