import Foundation

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
        var fileRun = FileRun()
        var fileCell = Cell("")

        mutating func cell(_ text: String) -> Cell {
            if let known = byText[text] { return known }
            let made = Cell(text)
            byText[text] = made
            return made
        }

        /// The cell of the finding's file; findings come file by file, so the last file's cell is checked first.
        mutating func file(_ finding: UnsafePointer<Finding>) -> Cell {
            if fileRun.changes(at: finding) { fileCell = cell(finding.pointee.file) }
            return fileCell
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
    ///
    /// Both passes run on all cores, each part or batch with cells of its own: the widths of parts of the list,
    /// then the rows in batches (`ReportWriter.appendBatches`, as CSV and JSON are written).
    func append(to out: inout [UInt8], drain: ReportWriter.Drain?) {
        let header = ["location", "symbol", "family", "\(target.rawValue) replacement", "effort", "note"].map(Cell.init)
        var widths = header.map(\.width)
        for part in partWidths() { widths = zip(widths, part).map { Swift.max($0, $1) } }
        var row: [UInt8] = []
        for (index, item) in header.enumerated() {
            row += item.bytes
            if index < header.count - 1 { Self.pad(&row, widths[index] - item.width + 2) }
        }
        Self.finish(&row)
        out += row
        let (findings, target, columnWidths) = (findings, target, widths)
        ReportWriter.appendBatches(count: findings.count, bytesPerItem: 160, to: &out, drain: drain) { range, bytes in
            var cache = CellCache(target: target)
            var row: [UInt8] = []
            findings.forEachInPlace(in: range) { finding, _ in
                Self.appendRow(finding, widths: columnWidths, cache: &cache, to: &row)
                bytes += row
                row.removeAll(keepingCapacity: true)
            }
        }
    }

    /// The widths of the first five columns over each part of the list (one part per core).
    private func partWidths() -> [[Int]] {
        let parts = Swift.max(1, Swift.min(ProcessInfo.processInfo.activeProcessorCount, findings.count / ReportWriter.rowBatch))
        let slots = UnsafeMutableBufferPointer<[Int]>.allocate(capacity: parts)
        slots.initialize(repeating: [])
        defer { slots.deinitialize().deallocate() }
        // Each part writes only its own slot.
        nonisolated(unsafe) let shared = slots
        let (findings, target) = (findings, target)
        DispatchQueue.concurrentPerform(iterations: parts) { part in
            var cache = CellCache(target: target)
            var widths = [Int](repeating: 0, count: 5)
            let range = (findings.count * part / parts)..<(findings.count * (part + 1) / parts)
            // Read in place, field by field: iterating the list copied each finding. A location is the sanitised file
            // plus `:line:column`, all ASCII after the file.
            findings.forEachInPlace(in: range) { finding, _ in
                let cells = cache.cells(finding)
                widths[0] = Swift.max(widths[0], cache.file(finding).width + 2 + Self.digits(finding.pointee.line)
                                      + Self.digits(finding.pointee.column))
                widths[1] = Swift.max(widths[1], cache.cell(finding.pointee.symbol).width)
                widths[2] = Swift.max(widths[2], cells.family.width)
                widths[3] = Swift.max(widths[3], cells.replacement.width)
                widths[4] = Swift.max(widths[4], cells.effort.width)
            }
            shared[part] = widths
        }
        return Array(slots)
    }

    /// Writes the row of `finding` into `row`, ending it with a line break.
    private static func appendRow(_ finding: UnsafePointer<Finding>, widths: [Int], cache: inout CellCache, to row: inout [UInt8]) {
        let cells = cache.cells(finding)
        let file = cache.file(finding)
        let line = finding.pointee.line, column = finding.pointee.column
        row += file.bytes
        row.append(0x3A)
        FindingRowWriter.appendDecimal(line, to: &row)
        row.append(0x3A)
        FindingRowWriter.appendDecimal(column, to: &row)
        pad(&row, widths[0] - (file.width + 2 + digits(line) + digits(column)) + 2)
        let symbol = cache.cell(finding.pointee.symbol)
        row += symbol.bytes
        pad(&row, widths[1] - symbol.width + 2)
        row += cells.family.bytes
        pad(&row, widths[2] - cells.family.width + 2)
        row += cells.replacement.bytes
        pad(&row, widths[3] - cells.replacement.width + 2)
        row += cells.effort.bytes
        pad(&row, widths[4] - cells.effort.width + 2)
        row += cells.note.bytes
        finish(&row)
    }

    private static func pad(_ row: inout [UInt8], _ count: Int) {
        if count > 0 { row.append(contentsOf: repeatElement(0x20, count: count)) }
    }

    /// Trims trailing blanks and ends the row.
    private static func finish(_ row: inout [UInt8]) {
        while row.last == 0x20 { row.removeLast() }
        row.append(0x0A)
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
