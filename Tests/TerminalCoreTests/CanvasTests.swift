import Testing
import TerminalCore

@Suite struct CanvasTests {
    @Test func textIsClippedAtTheCanvasEdge() {
        var canvas = Canvas(size: Size(width: 5, height: 2))
        canvas.draw("hello world", at: Point(x: 2, y: 0))
        canvas.draw("ignored", at: Point(x: 0, y: 5))
        canvas.draw("left", at: Point(x: -2, y: 1))
        #expect(canvas.plainText() == "  hel\nft")
    }

    @Test func textIsClippedToARect() {
        var canvas = Canvas(size: Size(width: 8, height: 1))
        canvas.draw("abcdefgh", at: Point(x: 0, y: 0), clip: Rect(x: 2, y: 0, width: 3, height: 1))
        #expect(canvas.plainText() == "  cde")
    }

    @Test func wideCharacterOccupiesTwoCells() {
        var canvas = Canvas(size: Size(width: 4, height: 1))
        let end = canvas.draw("移a", at: Point(x: 0, y: 0))
        #expect(end == 3)
        #expect(canvas[0, 0].text == "移")
        #expect(canvas[0, 0].width == 2)
        #expect(canvas[1, 0].isContinuation)
        #expect(canvas[2, 0].text == "a")
        #expect(canvas.plainText() == "移a")
    }

    @Test func wideCharacterThatDoesNotFitAtTheRightEdgeLeavesABlank() {
        var canvas = Canvas(size: Size(width: 3, height: 1))
        canvas.draw("ab移", at: Point(x: 0, y: 0))
        #expect(canvas.plainText() == "ab")
        #expect(canvas[2, 0].text == " ")
        #expect(!canvas[2, 0].isContinuation)
    }

    @Test func wideCharacterStraddlingTheLeftClipEdgeIsNotSplit() {
        var canvas = Canvas(size: Size(width: 4, height: 1), fill: Cell(text: "."))
        canvas.draw("移b", at: Point(x: 0, y: 0), clip: Rect(x: 1, y: 0, width: 3, height: 1))
        #expect(canvas.plainText() == ". b.")
    }

    @Test func overwritingHalfAWideCharacterBlanksTheOtherHalf() {
        var canvas = Canvas(size: Size(width: 4, height: 1))
        canvas.draw("移行", at: Point(x: 0, y: 0))
        canvas.draw("x", at: Point(x: 1, y: 0))
        #expect(canvas.plainText() == " x行")
        canvas.draw("y", at: Point(x: 2, y: 0))
        #expect(canvas.plainText() == " xy")
        #expect(!canvas[3, 0].isContinuation)
    }

    @Test func wideCharacterOverANarrowOneKeepsTheGridConsistent() {
        var canvas = Canvas(size: Size(width: 4, height: 1))
        canvas.draw("漢字", at: Point(x: 0, y: 0))
        canvas.draw("移", at: Point(x: 1, y: 0))
        #expect(canvas.plainText() == " 移")
        for x in 0..<4 where canvas[x, 0].isContinuation {
            #expect(x > 0 && canvas[x - 1, 0].width == 2)
        }
    }

    @Test func controlCharactersNeverReachACell() {
        var canvas = Canvas(size: Size(width: 20, height: 2))
        canvas.draw("a\u{1B}]0;pwned\u{7}b", at: Point(x: 0, y: 0))
        canvas.fill(Rect(x: 0, y: 1, width: 3, height: 1), with: "\u{1B}")
        for y in 0..<2 {
            for cell in canvas.row(y) {
                #expect(!TerminalText.containsUnsafe(cell.text))
            }
        }
        #expect(canvas.line(at: 0) == "a\\e]0;pwned\\u{7}b")
    }

    @Test func boxesDrawWithUnicodeAndASCIIGlyphs() {
        var canvas = Canvas(size: Size(width: 10, height: 3))
        let inner = canvas.drawBox(canvas.bounds, title: "Team")
        #expect(inner == Rect(x: 1, y: 1, width: 8, height: 1))
        #expect(canvas.plainText() == "┌ Team ──┐\n│        │\n└────────┘")
        var ascii = Canvas(size: Size(width: 6, height: 3))
        ascii.drawBox(ascii.bounds, glyphs: .ascii, title: "a long title")
        #expect(ascii.plainText() == "+ a~ +\n|    |\n+----+")
    }

    @Test func boxTooSmallForABorderDrawsNothing() {
        var canvas = Canvas(size: Size(width: 1, height: 1))
        let inner = canvas.drawBox(canvas.bounds)
        #expect(inner == canvas.bounds)
        #expect(canvas.plainText() == "")
    }

    @Test func linesAndFillsAreClipped() {
        var canvas = Canvas(size: Size(width: 4, height: 3))
        canvas.horizontalLine(at: Point(x: -1, y: 0), length: 10, glyph: "-")
        canvas.verticalLine(at: Point(x: 3, y: 0), length: 10, glyph: "|")
        canvas.fill(Rect(x: 1, y: 1, width: 10, height: 10), with: "#")
        #expect(canvas.plainText() == "---|\n ###\n ###")
    }

    @Test func drawLineTruncatesAlignsAndClearsTheRow() {
        var canvas = Canvas(size: Size(width: 6, height: 1), fill: Cell(text: "x"))
        canvas.drawLine("abcdefgh", in: canvas.bounds)
        #expect(canvas.plainText() == "abcde…")
        canvas.drawLine("ab", in: canvas.bounds, alignRight: true)
        #expect(canvas.plainText() == "    ab")
    }

    @Test func spansDrawInSequenceWithTheirStyles() {
        var canvas = Canvas(size: Size(width: 6, height: 1))
        let spans = TextSpan.highlighting("CudaMalloc", matching: "mal", base: .plain, match: Style.plain.bold)
        #expect(spans.map(\.text) == ["Cuda", "Mal", "loc"])
        canvas.draw(spans, at: Point(x: 0, y: 0))
        #expect(canvas.plainText() == "CudaMa")
        #expect(canvas[4, 0].style == Style.plain.bold)
        #expect(canvas[3, 0].style == .plain)
    }

    @Test func resizeClearsToTheNewSize() {
        var canvas = Canvas(size: Size(width: 2, height: 2))
        canvas.draw("ab", at: .origin)
        canvas.resize(to: Size(width: 3, height: 1))
        #expect(canvas.size == Size(width: 3, height: 1))
        #expect(canvas.plainText() == "")
    }
}
