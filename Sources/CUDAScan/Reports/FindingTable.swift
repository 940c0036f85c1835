/// The findings part of the terminal report: one aligned row per finding, written straight into bytes.
///
/// A scan can report hundreds of thousands of findings; building a row of strings per finding
/// and padding them with `String` appends took seconds and hundreds of megabytes. Column widths
/// come from a first pass, then rows are written and drained in chunks. Cells repeat (files,
/// symbols, replacements, notes), so each distinct cell is sanitised and measured once.
struct FindingTable {
    let findings: FindingList
    let target: Target

    /// A sanitised cell and its width in characters.
    private struct Cell {
        let bytes: [UInt8]
        let width: Int

        init(_ text: String) {
            let safe = DisplaySanitizer.sanitize(text)
            bytes = Array(safe.utf8)
            width = bytes.allSatisfy({ $0 < 0x80 }) ? bytes.count : safe.count
        }
    }

    /// The cells a finding's meaning decides on the target: family, replacement, effort and note. A class, so a
    /// lookup costs one retain instead of one per cell.
    private final class MeaningCells {
        let family: Cell
        let replacement: Cell
        let effort: Cell
        let note: Cell

        init(family: Cell, replacement: Cell, effort: Cell, note: Cell) {
            self.family = family
            self.replacement = replacement
            self.effort = effort
            self.note = note
        }
    }

    /// Cells memoised per distinct text, per shape of finding (`FindingShapeMemo`, as the other writers do) and per
    /// file run, so most rows cost an identity lookup instead of four string lookups.
    private struct CellCache {
        let target: Target
        var byText: [String: Cell] = [:]
        var byShape = FindingShapeMemo<MeaningCells>()
        var lastFile: (text: String, cell: Cell)?

        mutating func cell(_ text: String) -> Cell {
            if let known = byText[text] { return known }
            let made = Cell(text)
            byText[text] = made
            return made
        }

        mutating func file(_ text: String) -> Cell {
            if let last = lastFile, last.text == text { return last.cell }
            let made = cell(text)
            lastFile = (text, made)
            return made
        }

        mutating func cells(_ finding: UnsafePointer<Finding>) -> MeaningCells {
            if let known = byShape.value(for: finding) { return known }
            let mapping = finding.pointee.mappings[target]
            let made = MeaningCells(family: cell(finding.pointee.family), replacement: cell(ReportWriter.replacementText(mapping)),
                                    effort: cell(mapping?.effort.rawValue ?? "rewrite"), note: cell(mapping?.note ?? ""))
            return byShape.remember(made, for: finding)
        }
    }

    /// Appends the header and every row to `out`, draining full chunks.
    func append(to out: inout [UInt8], drain: ReportWriter.Drain?) {
        var cache = CellCache(target: target)
        let header = ["location", "symbol", "family", "\(target.rawValue) replacement", "effort", "note"].map(Cell.init)
        var widths = header.map(\.width)
        // Pass 1: widths. A location is the sanitised file plus `:line:column`, all ASCII after the file.
        // Findings are read in place, field by field: iterating the list copied each one.
        findings.forEachInPlace { finding, _ in
            let cells = cache.cells(finding)
            widths[0] = max(widths[0], cache.file(finding.pointee.file).width + 2 + Self.digits(finding.pointee.line)
                            + Self.digits(finding.pointee.column))
            widths[1] = max(widths[1], cache.cell(finding.pointee.symbol).width)
            widths[2] = max(widths[2], cells.family.width)
            widths[3] = max(widths[3], cells.replacement.width)
            widths[4] = max(widths[4], cells.effort.width)
        }
        // Pass 2: rows.
        var row: [UInt8] = []
        func finishRow() {
            while row.last == 0x20 { row.removeLast() }
            row.append(0x0A)
            out += row
            row.removeAll(keepingCapacity: true)
            ReportWriter.drainIfFull(&out, drain)
        }
        func pad(_ count: Int) { if count > 0 { row.append(contentsOf: repeatElement(0x20, count: count)) } }
        for (index, item) in header.enumerated() {
            row += item.bytes
            if index < header.count - 1 { pad(widths[index] - item.width + 2) }
        }
        finishRow()
        findings.forEachInPlace { finding, _ in
            let cells = cache.cells(finding)
            let file = cache.file(finding.pointee.file)
            let line = finding.pointee.line, column = finding.pointee.column
            row += file.bytes
            row.append(0x3A)
            FindingRowWriter.appendDecimal(line, to: &row)
            row.append(0x3A)
            FindingRowWriter.appendDecimal(column, to: &row)
            pad(widths[0] - (file.width + 2 + Self.digits(line) + Self.digits(column)) + 2)
            let symbol = cache.cell(finding.pointee.symbol)
            row += symbol.bytes
            pad(widths[1] - symbol.width + 2)
            row += cells.family.bytes
            pad(widths[2] - cells.family.width + 2)
            row += cells.replacement.bytes
            pad(widths[3] - cells.replacement.width + 2)
            row += cells.effort.bytes
            pad(widths[4] - cells.effort.width + 2)
            row += cells.note.bytes
            finishRow()
        }
    }

    /// The number of characters `value` takes in decimal.
    static func digits(_ value: Int) -> Int {
        guard value >= 0 else { return String(value).utf8.count }
        var count = 1
        var rest = value
        while rest >= 10 { rest /= 10; count += 1 }
        return count
    }
}
