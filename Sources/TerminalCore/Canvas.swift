/// A grid of cells that screens and widgets draw into; backends only present it.
///
/// All writes are clipped to the canvas (and to an optional clip rectangle), so drawing
/// outside is harmless. A wide grapheme is never split: when only its left half would fit
/// the cell is left blank, and overwriting either half of an existing wide grapheme blanks
/// the other half.
public struct Canvas: Hashable, Sendable {
    /// The size of the grid.
    public private(set) var size: Size
    private var cells: [Cell]

    /// A canvas of `size` filled with `fill`.
    public init(size: Size, fill: Cell = .blank) {
        self.size = size
        self.cells = Array(repeating: fill, count: size.width * size.height)
    }

    /// The whole canvas as a rectangle at the origin.
    public var bounds: Rect { Rect(size) }

    /// The cell at column `x`, row `y`; a blank cell when outside the canvas.
    public subscript(x: Int, y: Int) -> Cell {
        guard x >= 0, y >= 0, x < size.width, y < size.height else { return .blank }
        return cells[y * size.width + x]
    }

    /// The cells of row `y` (empty when outside the canvas).
    public func row(_ y: Int) -> ArraySlice<Cell> {
        guard y >= 0, y < size.height else { return [] }
        return cells[(y * size.width)..<((y + 1) * size.width)]
    }

    /// Resizes the canvas to `newSize`, clearing it.
    public mutating func resize(to newSize: Size, fill: Cell = .blank) {
        size = newSize
        cells = Array(repeating: fill, count: newSize.width * newSize.height)
    }

    /// Sets every cell to `fill`.
    public mutating func clear(_ fill: Cell = .blank) {
        for index in cells.indices { cells[index] = fill }
    }

    /// Places one grapheme of display width `width` (1 or 2) at (`x`, `y`) inside `clip`.
    ///
    /// Returns false when nothing was placed. Callers pass sanitised graphemes; this is the
    /// single place that keeps the wide-character invariants.
    @discardableResult
    mutating func place(_ grapheme: String, width: Int, x: Int, y: Int, style: Style, clip: Rect) -> Bool {
        place(Cell(text: grapheme, style: style, width: width), x: x, y: y, within: clip.intersection(bounds))
    }

    /// Places `cell` at (`x`, `y`) when it fits inside `area`, which the caller has already
    /// intersected with the canvas bounds (the hot path for fills and text runs).
    @discardableResult
    mutating func place(_ cell: Cell, x: Int, y: Int, within area: Rect) -> Bool {
        guard y >= area.y, y < area.y + area.height, x >= area.x, x < area.x + area.width, cell.width > 0 else { return false }
        if cell.width == 2 && x + 1 >= area.x + area.width {
            // Only the left half fits: blank it rather than split the grapheme.
            store(.blank(cell.style), x: x, y: y)
            return false
        }
        store(cell, x: x, y: y)
        if cell.width == 2 { store(.continuation(cell.style), x: x + 1, y: y) }
        return true
    }

    /// Writes `cell` at (`x`, `y`), blanking the orphaned half of any wide grapheme it
    /// overwrites. The caller guarantees the position is on the canvas.
    private mutating func store(_ cell: Cell, x: Int, y: Int) {
        let index = y * size.width + x
        let old = cells[index]
        if old.isContinuation && x > 0 && !cell.isContinuation {
            let lead = index - 1
            if cells[lead].width == 2 { cells[lead] = .blank(cells[lead].style) }
        }
        if old.width == 2 && cell.width != 2 && x + 1 < size.width {
            let tail = index + 1
            if cells[tail].isContinuation { cells[tail] = .blank(cells[tail].style) }
        }
        if cell.width == 2 && x + 2 < size.width && x + 1 < size.width {
            // The cell we are about to turn into our continuation may lead another wide grapheme.
            let next = index + 1
            if cells[next].width == 2, cells[next + 1].isContinuation { cells[next + 1] = .blank(cells[next + 1].style) }
        }
        cells[index] = cell
    }
}
