import Testing
import TerminalCore
import WorkbenchWidgets

/// SplitMix64: a small seeded generator so the random run is the same every time.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Every widget, fed the same random stream of keys, mouse events, resizes and ticks.
struct WidgetBench {
    var table = TableView(columns: [
        TableColumn("Name", width: .flex(min: 3, weight: 2)),
        TableColumn("Target", width: .fixed(6)),
        TableColumn("Loss", width: .fixed(5), alignment: .right),
    ])
    var tree = TreeView()
    var field = TextField(maxLength: 40)
    var form = Form(title: "Log", fields: [
        .text("who", label: "Engineer", required: true),
        .text("hours", label: "Hours", validator: { Double($0) == nil ? "number" : nil }),
        .choice("kind", label: "Kind", options: ["port", "build"]),
        .choice("empty", label: "Empty", options: []),
    ])
    var dialog = ConfirmDialog(title: "Delete", message: "Delete attempt 移行 #3?")
    var help = HelpOverlay(keymap: Keymap.defaultGlobal())
    var prompt = PromptLine(prefix: ":", history: ["attempt 12", "scan ."])
    var source = TextView(text: "a\tb\n移行\n\u{1B}x\n", firstLineNumber: 9, highlightedLine: 1)
    var tabs = TabBar(titles: ["portfolio", "移行", "scan"])
    var toasts = ToastCenter()
    var spark: [Double] = []
    var size = Size(width: 80, height: 24)
    var now = 0.0
    var layout: [Rect] = []
    var stats = Stats()

    /// Evidence that the run reached the interesting states.
    struct Stats {
        var fullFrames = 0
        var tooSmallFrames = 0
        var largestTableSelection = 0
        var deepestTreeLine = 0
        var submitted = 0
    }

    mutating func relayout() {
        let columns = Layout.split(Rect(size), .horizontal, [.percent(50), .fill])
        let left = Layout.split(columns[0], .vertical, [.fill, .fill, .fixed(1), .fixed(1)])
        let right = Layout.split(columns[1], .vertical, [.fixed(8), .fixed(1), .fill, .fixed(1)])
        layout = left + right
        table.setViewportHeight(layout[0].height)
        tree.setViewportHeight(layout[1].height)
        source.setViewportHeight(layout[6].height / 2)
    }

    mutating func apply(_ event: InputEvent, random: inout SeededGenerator) {
        switch event {
        case .key(let key):
            if let action = keymap.action(for: key) {
                _ = table.perform(action)
                _ = tree.perform(action)
                _ = source.perform(action)
                if let number = action.screenNumber { tabs.selected = number - 1 }
            }
            _ = field.handle(key)
            if case .submitted = prompt.handle(key) { prompt.reset() }
            if case .submitted = form.handle(key) { stats.submitted += 1 }
            _ = dialog.handle(key)
            if help.handle(key) == .closed { help = HelpOverlay(keymap: keymap, view: "x") }
        case .mouse(let mouse):
            _ = table.handle(mouse, in: layout[0])
            _ = tree.handle(mouse, in: layout[1])
            _ = source.handle(mouse)
            if let tab = tabs.tab(atX: mouse.position.x, in: layout[3]) { tabs.selected = tab }
            _ = dialog.handle(mouse, in: Rect(size))
        case .resize(let newSize):
            size = newSize
            relayout()
        case .tick:
            now += 0.5
            toasts.expire(now: now)
            spark.append(Double(Int.random(in: -50...100, using: &random)))
            if spark.count > 300 { spark.removeFirst(100) }
        }
    }

    /// Replaces data now and then, as background reloads would.
    mutating func reload(random: inout SeededGenerator) {
        switch Int.random(in: 0..<6, using: &random) {
        case 0:
            let count = Int.random(in: 0..<120, using: &random)
            table.setRows((0..<count).map { index in
                TableRow(id: "\(Int.random(in: 0..<150, using: &random))-\(index)",
                         cells: [randomText(&random), ["hip", "ascend", "移行"].randomElement(using: &random) ?? "", "\(Int.random(in: -20...90, using: &random))%"])
            })
        case 1:
            table.setFilter(["", "a", "移", "\u{1B}", "zz", "1"].randomElement(using: &random) ?? "")
        case 2:
            tree.setRoots(randomTree(depth: 3, &random))
        case 3:
            toasts.post(randomText(&random), kind: Bool.random(using: &random) ? .info : .error, now: now)
        case 4:
            form = Form(title: randomText(&random), fields: form.fields)
        default:
            dialog = ConfirmDialog(title: randomText(&random), message: randomText(&random))
        }
    }

    func randomText(_ random: inout SeededGenerator) -> String {
        let pieces = ["llama", "移行", "🚀", "e\u{301}", "\u{1B}[31m", "\n", " ", "cudaMalloc", "\u{202E}", "x"]
        return (0..<Int.random(in: 0..<6, using: &random)).map { _ in pieces.randomElement(using: &random) ?? "" }.joined()
    }

    func randomTree(depth: Int, _ random: inout SeededGenerator) -> [TreeNode] {
        guard depth > 0 else { return [] }
        return (0..<Int.random(in: 0..<4, using: &random)).map { index in
            TreeNode(id: "\(depth)-\(index)-\(Int.random(in: 0..<3, using: &random))", label: randomText(&random),
                     badge: Bool.random(using: &random) ? "active" : nil, children: randomTree(depth: depth - 1, &random))
        }
    }

    mutating func render() -> Canvas {
        var canvas = Canvas(size: size)
        stats.largestTableSelection = max(stats.largestTableSelection, table.cursor.selection)
        stats.deepestTreeLine = max(stats.deepestTreeLine, tree.lines.map(\.depth).max() ?? 0)
        guard size.fits(Size(width: 20, height: 8)) else {
            stats.tooSmallFrames += 1
            TooSmallNotice.render(into: &canvas, needs: Size(width: 20, height: 8), theme: .color)
            return canvas
        }
        stats.fullFrames += 1
        table.render(into: &canvas, in: layout[0], theme: .color)
        tree.render(into: &canvas, in: layout[1], theme: .mono)
        field.render(into: &canvas, in: layout[2], theme: .color, focused: true)
        prompt.render(into: &canvas, in: layout[2].inset(left: layout[2].width / 2), theme: .mono)
        StatusBar(breadcrumbs: ["a", randomLabel], flash: "saved", hints: keymap.footerHints()).render(into: &canvas, in: layout[3], theme: .color)
        form.render(into: &canvas, in: layout[4], theme: .color)
        Sparkline(spark).render(into: &canvas, in: layout[5], theme: .color.with(glyphs: .ascii))
        BarChart(spark.suffix(6).enumerated().map { BarChart.Bar("k\($0.offset)", value: $0.element, interval: ($0.element - 5)...($0.element + 5)) })
            .render(into: &canvas, in: layout[6], theme: .color)
        source.render(into: &canvas, in: layout[6].inset(top: layout[6].height / 2), theme: .mono)
        tabs.render(into: &canvas, in: layout[3].inset(left: layout[3].width / 2), theme: .color)
        ProgressBar(label: "scan", fraction: spark.last.map { $0 / 100 }, remainingSeconds: 12, phase: Int(now)).render(into: &canvas, in: layout[7], theme: .color)
        toasts.render(into: &canvas, in: Rect(size), theme: .color, now: now)
        dialog.render(into: &canvas, in: Rect(size), theme: .color)
        help.render(into: &canvas, in: Rect(size), theme: .mono)
        return canvas
    }

    private var randomLabel: String { "移行 \(Int(now))" }

    /// The invariants every widget keeps whatever it was fed.
    func checkInvariants() -> String? {
        if table.visibleRows.isEmpty {
            if table.cursor.selection != 0 { return "table selection \(table.cursor.selection) with no rows" }
        } else if !(0..<table.visibleRows.count).contains(table.cursor.selection) {
            return "table selection \(table.cursor.selection) outside 0..<\(table.visibleRows.count)"
        }
        if table.cursor.offset < 0 || (table.cursor.offset > table.cursor.selection && !table.visibleRows.isEmpty) {
            return "table offset \(table.cursor.offset) past selection \(table.cursor.selection)"
        }
        if !tree.lines.isEmpty && !(0..<tree.lines.count).contains(tree.cursor.selection) {
            return "tree selection \(tree.cursor.selection) outside 0..<\(tree.lines.count)"
        }
        if !(0...field.characters.count).contains(field.cursor) { return "text cursor \(field.cursor) outside text" }
        if !(0...prompt.field.characters.count).contains(prompt.field.cursor) { return "prompt cursor outside text" }
        if let index = prompt.historyIndex, !prompt.history.indices.contains(index) { return "prompt history index \(index) out of range" }
        if !form.fields.indices.contains(form.focus) { return "form focus \(form.focus) outside fields" }
        if help.scrollOffset < 0 { return "help offset negative" }
        if source.scrollOffset < 0 || source.scrollOffset > max(0, source.lines.count - 1) { return "text view offset \(source.scrollOffset)" }
        return nil
    }

    static func checkCanvas(_ canvas: Canvas) -> String? {
        for y in 0..<canvas.size.height {
            var previous: Cell?
            for (x, cell) in canvas.row(y).enumerated() {
                if cell.isContinuation && previous?.width != 2 { return "orphan continuation at \(x),\(y)" }
                if previous?.width == 2 && !cell.isContinuation { return "wide cell without continuation at \(x - 1),\(y)" }
                if TerminalText.containsUnsafe(cell.text) { return "control character in cell \(x),\(y)" }
                previous = cell
            }
            if previous?.width == 2 { return "wide cell at the right edge of row \(y)" }
        }
        return nil
    }
}

@Suite struct RandomEventTests {
    static let keys: [Key] = [
        .up, .down, .left, .right, .home, .end, .pageUp, .pageDown, .tab, .backTab, .enter, .escape,
        .backspace, .delete, .insert, .ctrlLeft, .ctrlRight, .function(1), .function(5),
        .char("j"), .char("k"), .char("h"), .char("l"), .char("g"), .char("G"), .char("s"), .char("<"), .char(">"),
        .char(" "), .char("y"), .char("n"), .char("q"), .char("?"), .char("移"), .char("🚀"), .char("\u{1B}"), .char("e\u{301}"),
        .ctrl("a"), .ctrl("e"), .ctrl("k"), .ctrl("u"), .ctrl("w"), .ctrl("d"), .ctrl("s"), .ctrl("h"),
        .alt("b"), .alt("f"), .alt("d"),
    ]

    static func randomEvent(_ random: inout SeededGenerator, size: Size) -> InputEvent {
        let roll = Int.random(in: 0..<100, using: &random)
        switch roll {
        case 0..<70:
            return .key(keys.randomElement(using: &random) ?? .enter)
        case 70..<85:
            let kinds: [MouseEvent.Kind] = [.press(.left), .release(.left), .press(.right), .wheelUp, .wheelDown]
            let point = Point(x: Int.random(in: -3...(size.width + 3), using: &random), y: Int.random(in: -3...(size.height + 3), using: &random))
            return .mouse(MouseEvent(kinds.randomElement(using: &random) ?? .wheelUp, at: point))
        case 85..<88:
            // Resizes favour tiny sizes, down to 1×1 (and 0×0), then back up.
            let tiny = Bool.random(using: &random)
            let width = tiny ? Int.random(in: 0...4, using: &random) : Int.random(in: 5...160, using: &random)
            let height = tiny ? Int.random(in: 0...3, using: &random) : Int.random(in: 2...60, using: &random)
            return .resize(Size(width: width, height: height))
        default:
            return .tick
        }
    }

    @Test func hundredThousandRandomEventsKeepEveryInvariant() {
        var random = SeededGenerator(state: 20_261_121)
        var bench = WidgetBench()
        bench.relayout()
        bench.reload(random: &random)
        var failures: [String] = []
        for step in 0..<100_000 {
            let event = Self.randomEvent(&random, size: bench.size)
            bench.apply(event, random: &random)
            if Int.random(in: 0..<50, using: &random) == 0 { bench.reload(random: &random) }
            if let problem = bench.checkInvariants() { failures.append("step \(step) after \(event): \(problem)") }
            var isResize = false
            if case .resize = event { isResize = true }
            if isResize || step % 40 == 0 {
                let canvas = bench.render()
                if canvas.size != bench.size { failures.append("step \(step): canvas size changed") }
                if let problem = WidgetBench.checkCanvas(canvas) { failures.append("step \(step) after \(event): \(problem)") }
            }
            if failures.count > 5 { break }
        }
        #expect(failures.isEmpty, "\(failures)")
        #expect(bench.stats.fullFrames > 1_000)
        #expect(bench.stats.tooSmallFrames > 100)
        #expect(bench.stats.largestTableSelection > 20)
        #expect(bench.stats.deepestTreeLine >= 1)
    }
}
