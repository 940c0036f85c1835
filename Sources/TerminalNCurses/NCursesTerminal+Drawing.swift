import CNcursesw
import Glibc
import TerminalCore

/// Presenting canvases: cells become `cchar_t`s written with `mvwadd_wch`.
extension NCursesTerminal {
    /// Shows `canvas`, rewriting only rows that changed since the previous frame.
    ///
    /// Whole rows are rewritten (not single cells) because ncurses and our width table can
    /// disagree about a rare grapheme; rewriting the row keeps any such disagreement from
    /// leaving stale cells. ncurses then sends only the real differences to the terminal.
    public func draw(_ canvas: Canvas) {
        let window = nc_stdscr()
        let current = size
        let full = needsFullRedraw || previousFrame?.size != canvas.size
        if full { werase(window) }
        let height = min(current.height, canvas.size.height)
        let width = min(current.width, canvas.size.width)
        for y in 0..<height {
            let row = canvas.row(y)
            if !full, let previous = previousFrame, previous.row(y) == row { continue }
            var x = 0
            for cell in row {
                if x >= width { break }
                if !cell.isContinuation {
                    if cell.width == 2 && x + 1 >= width {
                        write(Cell.blank(cell.style), x: x, y: y, window: window)
                    } else {
                        write(cell, x: x, y: y, window: window)
                    }
                }
                x += 1
            }
        }
        if let cursor, cursor.x >= 0, cursor.y >= 0, cursor.x < current.width, cursor.y < current.height {
            wmove(window, Int32(cursor.y), Int32(cursor.x))
        }
        wnoutrefresh(window)
        doupdate()
        previousFrame = canvas
        needsFullRedraw = false
    }

    private func write(_ cell: Cell, x: Int, y: Int, window: UnsafeMutablePointer<WINDOW>?) {
        let attributes = attributes(for: cell.style)
        let pair = colorPair(for: cell.style)
        let limit = Int(nc_ccharw_max()) - 1
        var characters = cell.text.unicodeScalars.prefix(limit).map { wchar_t(bitPattern: $0.value) }
        characters.append(0)
        if nc_put_cell(window, Int32(y), Int32(x), characters, attributes, pair) == OK { return }
        // A cluster ncurses cannot combine (e.g. an emoji sequence): show its first scalar.
        let first: [wchar_t] = [characters[0], 0]
        _ = nc_put_cell(window, Int32(y), Int32(x), first, attributes, pair)
    }

    private func attributes(for style: Style) -> attr_t {
        var value = nc_a_normal()
        if style.attributes.contains(.bold) { value |= nc_a_bold() }
        if style.attributes.contains(.dim) { value |= nc_a_dim() }
        if style.attributes.contains(.reverse) { value |= nc_a_reverse() }
        if style.attributes.contains(.underline) { value |= nc_a_underline() }
        if style.attributes.contains(.italic) { value |= nc_a_italic() }
        return value
    }

    /// The pair number for `style`'s colours, allocating one on first use. When pairs run
    /// out the default pair is used, so text stays readable.
    private func colorPair(for style: Style) -> Int32 {
        guard colorMode != .monochrome else { return 0 }
        let count = colorMode == .palette256 ? colorCount : min(colorCount, 16)
        let key = ColorPairKey(
            foreground: Int32(style.foreground.number(forColorCount: count)),
            background: Int32(style.background.number(forColorCount: count))
        )
        if key.foreground == -1 && key.background == -1 { return 0 }
        if let pair = colorPairs[key] { return pair }
        // setcchar takes a short pair number.
        let limit = min(Int32(nc_color_pairs()), Int32(Int16.max))
        guard nextColorPair < limit else { return 0 }
        let pair = nextColorPair
        guard init_pair(Int16(pair), Int16(key.foreground), Int16(key.background)) == OK else { return 0 }
        nextColorPair += 1
        colorPairs[key] = pair
        return pair
    }
}
