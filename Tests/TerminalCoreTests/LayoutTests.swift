import Testing
import TerminalCore

@Suite struct LayoutTests {
    @Test func fixedPercentAndFillShareTheSpace() {
        let parts = Layout.split(Rect(x: 0, y: 0, width: 100, height: 10), .horizontal, [.fixed(10), .percent(50), .fill])
        #expect(parts.map(\.width) == [10, 50, 40])
        #expect(parts.map(\.x) == [0, 10, 60])
        #expect(parts.allSatisfy { $0.height == 10 })
    }

    @Test func fillsSplitByWeightWithLeftoversToTheFirst() {
        let parts = Layout.split(Rect(x: 0, y: 2, width: 5, height: 10), .vertical, [.fill(1), .fill(2)])
        #expect(parts.map(\.height) == [4, 6])
        #expect(parts.map(\.y) == [2, 6])
    }

    @Test func spacingSitsBetweenParts() {
        let parts = Layout.split(Rect(x: 0, y: 0, width: 11, height: 1), .horizontal, [.fill, .fill], spacing: 1)
        #expect(parts.map(\.width) == [5, 5])
        #expect(parts.map(\.x) == [0, 6])
    }

    @Test func tooLittleSpaceShrinksLaterPartsToZero() {
        let parts = Layout.split(Rect(x: 0, y: 0, width: 1, height: 1), .vertical, [.fixed(1), .fixed(3), .fill])
        #expect(parts.map(\.height) == [1, 0, 0])
        #expect(Layout.split(.zero, .horizontal, []).isEmpty)
    }

    @Test func rectHelpers() {
        let rect = Rect(x: 2, y: 3, width: 10, height: 4)
        #expect(rect.contains(Point(x: 2, y: 3)))
        #expect(!rect.contains(Point(x: 12, y: 3)))
        #expect(rect.inset(dx: 1, dy: 1) == Rect(x: 3, y: 4, width: 8, height: 2))
        #expect(rect.inset(dx: 9, dy: 9).isEmpty)
        #expect(rect.intersection(Rect(x: 0, y: 0, width: 5, height: 5)) == Rect(x: 2, y: 3, width: 3, height: 2))
        #expect(rect.centered(width: 4, height: 2) == Rect(x: 5, y: 4, width: 4, height: 2))
        #expect(rect.row(9).isEmpty)
        #expect(Size(width: 80, height: 24).description == "80×24")
    }
}
