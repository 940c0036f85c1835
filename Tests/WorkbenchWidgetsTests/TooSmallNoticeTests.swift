import Testing
import TerminalCore
import WorkbenchWidgets

@Suite struct TooSmallNoticeTests {
    @Test func messageIsCentredWithTheCurrentSize() {
        var canvas = Canvas(size: Size(width: 40, height: 5))
        TooSmallNotice.render(into: &canvas, needs: Size(width: 80, height: 24), theme: mono)
        #expect(canvas.plainText() == "\n    terminal too small (needs 80×24)\n                now 40×5\n\n")
    }

    @Test func narrowTerminalsWrapTheMessage() {
        var canvas = Canvas(size: Size(width: 12, height: 4))
        TooSmallNotice.render(into: &canvas, needs: Size(width: 80, height: 24), theme: mono)
        #expect(canvas.plainText() == "terminal too\nsmall (needs\n   80×24)\n")
    }

    @Test func everySizeDownToOneByOneIsSafe() {
        for width in 0...20 {
            for height in 0...6 {
                var canvas = Canvas(size: Size(width: width, height: height))
                TooSmallNotice.render(into: &canvas, needs: Size(width: 80, height: 24), theme: mono)
            }
        }
        var tiny = Canvas(size: Size(width: 1, height: 1))
        TooSmallNotice.render(into: &tiny, needs: Size(width: 80, height: 24), theme: mono)
        #expect(tiny.plainText() == "t")
    }
}
