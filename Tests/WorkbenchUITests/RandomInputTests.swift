import TerminalCore
import Testing
import WorkbenchStore
@testable import WorkbenchUI

/// 100,000 random keys, resizes (down to 1×1 and back) and mouse events through every
/// screen, from a fixed seed: nothing crashes and the invariants hold after every event.
@MainActor
@Suite("Random input")
struct RandomInputTests {
    /// SplitMix64: small, fast and the same on every platform, so a failure replays.
    struct Generator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func below(_ n: Int) -> Int { Int(next() % UInt64(max(1, n))) }
    }

    static let keys: [Key] = {
        var keys: [Key] = [.up, .down, .left, .right, .home, .end, .pageUp, .pageDown, .tab, .backTab, .enter, .escape,
                           .backspace, .delete, .ctrl("u"), .ctrl("d"), .ctrl("w"), .ctrl("k"), .ctrl("s"), .function(1)]
        keys += "jkhlgG/:?sac<>edtyn 123456789.-#xbir[]".map { Key.char($0) }
        keys += ["é", "漢", "🚀", "\u{1B}", "\u{7}"].map { Key.char($0) }
        return keys
    }()

    @Test("100,000 random events: no crash, invariants hold")
    func randomEvents() throws {
        let harness = try ScreenHarness(size: Size(width: 100, height: 30), startsJobs: false)
        try MeasuredFixture.seed(harness.workbench)
        try SampleScan.store(in: harness.workbench)
        harness.app.reload()
        var random = Generator(state: 20_261_121)
        var size = Size(width: 100, height: 30)
        var screensSeen = Set<String>()
        for step in 0..<100_000 {
            let roll = random.below(100)
            let event: InputEvent
            switch roll {
            case 0..<3:
                // Mostly near the minimum and the usual sizes, sometimes tiny.
                let tiny = random.below(4) == 0
                size = tiny ? Size(width: 1 + random.below(12), height: 1 + random.below(6))
                    : Size(width: 40 + random.below(100), height: 10 + random.below(40))
                harness.terminal.resize(to: size)
                event = harness.terminal.pendingEvents.removeLast()
            case 3..<10:
                let kinds: [MouseEvent.Kind] = [.press(.left), .release(.left), .wheelUp, .wheelDown, .press(.right)]
                event = .mouse(MouseEvent(kinds[random.below(kinds.count)],
                                          at: Point(x: random.below(size.width + 3) - 1, y: random.below(size.height + 3) - 1)))
            case 10..<13:
                harness.seconds.value += 0.7
                event = .tick
            default:
                event = .key(Self.keys[random.below(Self.keys.count)])
            }
            if case .key(.char("Q")) = event { continue }
            _ = harness.app.handle(event)
            // Drawing is what costs in a debug build: draw every 8th event and after every
            // resize, and check the invariants on each frame drawn.
            if step % 8 == 0 || roll < 3 {
                harness.flush()
                try checkInvariants(harness, step: step)
            }
            screensSeen.insert(harness.app.currentScreen.viewName)
            if harness.app.isFinished {
                harness.restart()
            }
        }
        #expect(screensSeen.isSuperset(of: ["portfolio", "attempts", "attempt", "interventions", "scan", "finding", "benchmarks", "catalog"]))
    }

    private func checkInvariants(_ harness: ScreenHarness, step: Int) throws {
        let canvas = harness.terminal.lastCanvas
        let size = harness.terminal.size
        guard canvas.size == size else {
            Issue.record("step \(step): frame \(canvas.size) for a \(size) terminal")
            throw Stop()
        }
        guard !harness.app.stack.isEmpty else {
            Issue.record("step \(step): empty navigation stack")
            throw Stop()
        }
        if let cursor = harness.terminal.cursor, !Rect(size).contains(cursor) {
            Issue.record("step \(step): cursor \(cursor) outside \(size)")
            throw Stop()
        }
        if !size.fits(harness.app.options.minimumSize), size.width >= 24, size.height >= 3,
           !harness.screen.contains("terminal too small") {
            Issue.record("step \(step): a \(size) terminal does not say it is too small")
            throw Stop()
        }
        if size.fits(harness.app.options.minimumSize), canvas.line(at: 0).isEmpty {
            Issue.record("step \(step): no tab bar at \(size)")
            throw Stop()
        }
    }

    struct Stop: Error {}
}
