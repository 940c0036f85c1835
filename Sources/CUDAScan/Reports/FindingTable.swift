/// The findings part of the terminal report: one aligned row per finding, written straight into bytes.
///
/// A scan can report hundreds of thousands of findings; building a row of strings per finding
/// and padding them with `String` appends took seconds and hundreds of megabytes. Column widths
/// come from a first pass, then rows are written and drained in chunks. Cells repeat (files,
/// symbols, replacements, notes), so each distinct cell is sanitised and measured once.
struct FindingTable {
    let findings: [Finding]
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

    /// Appends the header and every row to `out`, draining full chunks.
    func append(to out: inout [UInt8], drain: ReportWriter.Drain?) {
        var cells: [String: Cell] = [:]
        func cell(_ text: String) -> Cell {
            if let known = cells[text] { return known }
            let made = Cell(text)
            cells[text] = made
            return made
        }
        let header = ["location", "symbol", "family", "\(target.rawValue) replacement", "effort", "note"].map(Cell.init)
        var widths = header.map(\.width)
        // Pass 1: widths. A location is the sanitised file plus `:line:column`, all ASCII after the file.
        for finding in findings {
            let mapping = finding.mappings[target]
            widths[0] = max(widths[0], cell(finding.file).width + 2 + Self.digits(finding.line) + Self.digits(finding.column))
            widths[1] = max(widths[1], cell(finding.symbol).width)
            widths[2] = max(widths[2], cell(finding.family).width)
            widths[3] = max(widths[3], cell(ReportWriter.replacementText(mapping)).width)
            widths[4] = max(widths[4], (mapping?.effort.rawValue ?? "rewrite").utf8.count)
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
        for finding in findings {
            let mapping = finding.mappings[target]
            let file = cell(finding.file)
            row += file.bytes
            row.append(0x3A)
            FindingRowWriter.appendDecimal(finding.line, to: &row)
            row.append(0x3A)
            FindingRowWriter.appendDecimal(finding.column, to: &row)
            pad(widths[0] - (file.width + 2 + Self.digits(finding.line) + Self.digits(finding.column)) + 2)
            let symbol = cell(finding.symbol), family = cell(finding.family)
            let replacement = cell(ReportWriter.replacementText(mapping))
            let effort = mapping?.effort.rawValue ?? "rewrite"
            row += symbol.bytes
            pad(widths[1] - symbol.width + 2)
            row += family.bytes
            pad(widths[2] - family.width + 2)
            row += replacement.bytes
            pad(widths[3] - replacement.width + 2)
            row += Array(effort.utf8)
            pad(widths[4] - effort.utf8.count + 2)
            row += cell(mapping?.note ?? "").bytes
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
