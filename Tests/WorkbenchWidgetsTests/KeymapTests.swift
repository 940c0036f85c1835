import Testing
import TerminalCore
import WorkbenchWidgets

@Suite struct KeymapTests {
    static let map = Keymap.defaultGlobal(screenNames: ["portfolio", "attempts"]).merged(with: Keymap([
        KeyBinding([.char("d")], "delete", label: "delete", description: "Delete the intervention", scope: .view("interventions"), showInFooter: true),
        KeyBinding([.char("s")], "start-scan", label: "scan", description: "Scan a path", scope: .view("scan"), showInFooter: true),
    ]))

    @Test func defaultBindingsCoverTheConventions() {
        let expectations: [(Key, ActionID)] = [
            (.char("j"), .moveDown), (.down, .moveDown), (.char("k"), .moveUp), (.up, .moveUp),
            (.char("h"), .moveLeft), (.char("l"), .moveRight), (.char("g"), .top), (.home, .top),
            (.char("G"), .bottom), (.end, .bottom), (.pageUp, .pageUp), (.pageDown, .pageDown),
            (.ctrl("d"), .halfPageDown), (.ctrl("u"), .halfPageUp), (.enter, .drillIn), (.escape, .back),
            (.char("q"), .close), (.char("Q"), .quit), (.ctrl("c"), .quit), (.char("/"), .filter),
            (.char(":"), .commandLine), (.char("?"), .help), (.function(1), .help), (.tab, .nextPane),
            (.backTab, .previousPane), (.char("s"), .sort), (.char("1"), .screen(1)), (.char("7"), .screen(7)),
        ]
        for (key, action) in expectations {
            #expect(Self.map.action(for: key) == action, "\(key.displayName)")
        }
        #expect(Self.map.action(for: .char("z")) == nil)
        #expect(Self.map.conflicts().isEmpty)
    }

    @Test func viewBindingsShadowGlobalOnes() {
        #expect(Self.map.action(for: .char("s"), in: "scan") == "start-scan")
        #expect(Self.map.action(for: .char("s"), in: "attempts") == .sort)
        #expect(Self.map.action(for: .key(.char("d")), in: "interventions") == "delete")
        #expect(Self.map.action(for: InputEvent.tick, in: "interventions") == nil)
        #expect(Self.map.keys(for: .help) == [.char("?"), .function(1)])
    }

    @Test func footerHintsListViewThenGlobal() {
        let hints = Self.map.footerHints(in: "interventions").map(\.text)
        #expect(hints == ["d delete", "/ filter", ": command", "? help", "q quit"])
        #expect(Self.map.footerHints(in: "scan").map(\.text).first == "s scan")
    }

    @Test func helpPutsThisViewAboveGlobal() {
        let sections = Self.map.helpSections(for: "interventions")
        #expect(sections.map(\.title) == ["This view", "Global"])
        #expect(sections[0].bindings.map(\.action) == ["delete"])
        #expect(Self.map.helpSections(for: "nothing-bound").map(\.title) == ["Global"])
        #expect(sections[1].bindings.contains { $0.label == "portfolio" && $0.keys == [.char("1")] })
    }

    @Test func helpOverlayIsGeneratedFromTheKeymap() {
        let help = HelpOverlay(keymap: Self.map, view: "interventions")
        let lines = help.lines().map(\.text)
        #expect(lines[0] == "This view")
        #expect(lines[1].hasPrefix("d "))
        #expect(lines[1].hasSuffix("Delete the intervention"))
        #expect(lines[3] == "Global")
        // Every binding of the map appears exactly once in help for its scope.
        let globalCount = Self.map.bindings(in: .global).count
        #expect(lines.count == 1 + 1 + 1 + 1 + globalCount)
    }

    @Test func helpOverlayRendersAndScrolls() {
        var help = HelpOverlay(keymap: Self.map, view: "interventions")
        var canvas = rendered(60, 12) { canvas, rect in help.render(into: &canvas, in: rect, theme: mono) }
        #expect(canvas.line(at: 0).hasPrefix("┌ Keys "))
        #expect(canvas.line(at: 1).contains("This view"))
        #expect(canvas.line(at: 10).contains("↓ more · Esc close"))
        let scrolled = help.handle(.char("G"))
        #expect(scrolled == .moved)
        canvas = rendered(60, 12) { canvas, rect in help.render(into: &canvas, in: rect, theme: mono) }
        #expect(canvas.line(at: 9).contains("Quit from anywhere"))
        let closed = help.handle(.escape)
        #expect(closed == .closed)
        let ignored = help.handle(.char("x"))
        #expect(ignored == .ignored)
    }

    @Test func helpOverlayGolden() {
        let map = Keymap([
            KeyBinding([.char("q")], .close, label: "quit", description: "Quit"),
            KeyBinding([.char("?"), .function(1)], .help, label: "help", description: "Show help"),
            KeyBinding([.char("a")], "add", label: "add", description: "Add an intervention", scope: .view("log")),
        ])
        let help = HelpOverlay(keymap: map, view: "log")
        let canvas = rendered(34, 10) { canvas, rect in help.render(into: &canvas, in: rect, theme: mono) }
        #expect(canvas.plainText() == """
          ┌ Keys ─────────────────────┐
          │ This view                 │
          │ a     Add an intervention │
          │                           │
          │ Global                    │
          │ q     Quit                │
          │ ? F1  Show help           │
          │                 Esc close │
          └───────────────────────────┘

        """)
    }

    @Test func conflictsAreReported() {
        let map = Keymap([
            KeyBinding([.char("x")], "a", label: "a", description: "A"),
            KeyBinding([.char("x")], "b", label: "b", description: "B"),
        ])
        #expect(map.conflicts() == ["x in global is bound to both a and b"])
    }

    @Test func formAndTextFieldKeysAreDescribedAsData() {
        let map = Form.keymap(view: "form")
        #expect(map.action(for: .ctrl("s"), in: "form") == "form-submit")
        #expect(map.action(for: .ctrl("w"), in: "form") == "edit-delete-word")
        #expect(map.conflicts().isEmpty)
    }
}
