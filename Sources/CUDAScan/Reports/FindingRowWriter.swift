import Foundation

/// Renders findings as CSV rows or JSON objects straight into bytes, the per-finding half of
/// the CSV and JSON reports.
///
/// A scan can hold hundreds of thousands of findings, but only a few dozen distinct symbols:
/// everything in a row except the file, line, column and snippet is rendered once per symbol
/// and reused, after checking that the finding really has the same symbol, family, kind,
/// language and mappings as the one it was rendered for (a cheap check when they share storage,
/// as findings of one catalog key do).
struct FindingRowWriter {
    /// The two formats written row by row.
    enum Format { case csv, json }

    let format: Format

    /// The pre-rendered pieces of one shape of finding (symbol, language, meaning): a CSV row is file, line,
    /// column, then `csvRest`; a JSON object interleaves the other four with the column, file, line and snippet.
    /// A class, so that looking one up costs one retain rather than one per field.
    final class Pieces: Sendable {
        let csvRest: [UInt8]
        let head: [UInt8]
        let familyToFile: [UInt8]
        let keyToLine: [UInt8]
        let mappingsToSnippet: [UInt8]

        init(csvRest: [UInt8] = [], head: [UInt8] = [], familyToFile: [UInt8] = [], keyToLine: [UInt8] = [],
             mappingsToSnippet: [UInt8] = []) {
            self.csvRest = csvRest
            self.head = head
            self.familyToFile = familyToFile
            self.keyToLine = keyToLine
            self.mappingsToSnippet = mappingsToSnippet
        }
    }

    private var pieces = FindingShapeMemo<Pieces>()
    /// Pieces made by the other writers of the same report, if any.
    private let shared: SharedPieces?
    private var fileRun = FileRun()
    private var lastFileField: [UInt8] = []
    private let layout = FindingStorageBits.Layout()
    /// Replacements and notes repeat across shapes; each CSV field is quoted once.
    private var quotedFields: [String: [UInt8]] = [:]

    /// A writer of `format`; writers of one report that share `shared` render each shape's pieces once between them.
    init(format: Format, shared: SharedPieces? = nil) {
        self.format = format
        self.shared = shared
    }

    /// Pieces that the writers of one report's batches make once between them: each batch has a writer of its own,
    /// and rendering the pieces of every shape again in every batch (the JSON mappings through the tree writer) was
    /// a twentieth of a JSON report.
    final class SharedPieces: Sendable {
        private struct Shape: Hashable {
            let symbol: String
            let language: Language
            let meaning: Finding.Meaning
        }

        private let made = LockedValue([Shape: Pieces]())

        init() {}

        func pieces(for finding: Finding) -> Pieces? {
            made.withLock { $0[Shape(symbol: finding.symbol, language: finding.language, meaning: finding.meaning)] }
        }

        func remember(_ pieces: Pieces, for finding: Finding) {
            made.withLock { $0[Shape(symbol: finding.symbol, language: finding.language, meaning: finding.meaning)] = pieces }
        }
    }

    /// Appends `finding` to `out`; `last` ends the JSON array's final element without a comma.
    mutating func append(_ finding: Finding, last: Bool, to out: inout [UInt8]) {
        withUnsafePointer(to: finding) { append(at: $0, last: last, to: &out) }
    }

    /// Appends the finding at `finding`: read field by field through the pointer, as passing findings by value
    /// copied each one (a retain and release per string) in the hot loop.
    mutating func append(at finding: UnsafePointer<Finding>, last: Bool, to out: inout [UInt8]) {
        let parts = pieces(for: finding)
        if fileRun.changes(at: finding) {
            lastFileField.removeAll(keepingCapacity: true)
            switch format {
            case .csv: Self.appendCSVField(finding.pointee.file, to: &lastFileField)
            case .json: Self.appendJSONString(finding.pointee.file, to: &lastFileField)
            }
        }
        switch format {
        case .csv:
            // Appended from a buffer pointer: `+=` on the arrays retained and released them on every row.
            lastFileField.withUnsafeBufferPointer { out.append(contentsOf: $0) }
            out.append(0x2C)
            Self.appendDecimal(finding.pointee.line, to: &out)
            out.append(0x2C)
            Self.appendDecimal(finding.pointee.column, to: &out)
            parts.csvRest.withUnsafeBufferPointer { out.append(contentsOf: $0) }
        case .json:
            // As for CSV; the snippet and symbol are read in place too (passing them retained strings that the other
            // rendering threads hold as well).
            parts.head.withUnsafeBufferPointer { out.append(contentsOf: $0) }
            Self.appendDecimal(finding.pointee.column, to: &out)
            parts.familyToFile.withUnsafeBufferPointer { out.append(contentsOf: $0) }
            lastFileField.withUnsafeBufferPointer { out.append(contentsOf: $0) }
            parts.keyToLine.withUnsafeBufferPointer { out.append(contentsOf: $0) }
            Self.appendDecimal(finding.pointee.line, to: &out)
            parts.mappingsToSnippet.withUnsafeBufferPointer { out.append(contentsOf: $0) }
            if let layout {
                Self.appendJSONString(at: layout.snippetField(finding), to: &out)
                jsonSymbolLabel.withUnsafeBufferPointer { out.append(contentsOf: $0) }
                Self.appendJSONString(at: layout.symbolField(finding), to: &out)
            } else {
                Self.appendJSONString(finding.pointee.snippet, to: &out)
                jsonSymbolLabel.withUnsafeBufferPointer { out.append(contentsOf: $0) }
                Self.appendJSONString(finding.pointee.symbol, to: &out)
            }
            (last ? jsonLastClose : jsonClose).withUnsafeBufferPointer { out.append(contentsOf: $0) }
        }
    }

    // JSON objects list their keys in sorted order:
    // cataloged, column, family, file, key, kind, language, line, mappings, snippet, symbol. The constant pieces are
    // the writer's own: a static array is reached through a once-check and retained on every use.
    private let jsonSymbolLabel = Array(",\n      \"symbol\" : ".utf8)
    private let jsonClose = Array("\n    },\n".utf8)
    private let jsonLastClose = Array("\n    }\n".utf8)

    private mutating func pieces(for finding: UnsafePointer<Finding>) -> Pieces {
        if let known = pieces.value(for: finding) { return known }
        if let known = shared?.pieces(for: finding.pointee) { return pieces.remember(known, for: finding) }
        let made = makePieces(finding.pointee)
        shared?.remember(made, for: finding.pointee)
        return pieces.remember(made, for: finding)
    }

    private mutating func makePieces(_ finding: Finding) -> Pieces {
        switch format {
        case .csv:
            var tail: [UInt8] = []
            for field in [finding.symbol, finding.key, finding.family, finding.kind, finding.language.rawValue] {
                tail.append(0x2C)
                Self.appendCSVField(field, to: &tail)
            }
            tail += Array((finding.cataloged ? ",true" : ",false").utf8)
            for target in Target.allCases {
                let mapping = finding.mappings[target]
                tail.append(0x2C)
                tail += quotedField(mapping?.replacement ?? "")
                tail.append(0x2C)
                tail += Array((mapping?.effort.rawValue ?? "").utf8)
                tail.append(0x2C)
                tail += quotedField(mapping?.note ?? "")
            }
            tail += [0x0D, 0x0A]
            return Pieces(csvRest: tail)
        case .json:
            let head = Array("    {\n      \"cataloged\" : \(finding.cataloged ? "true" : "false"),\n      \"column\" : ".utf8)
            var middle = Array(",\n      \"family\" : ".utf8)
            Self.appendJSONString(finding.family, to: &middle)
            middle += Array(",\n      \"file\" : ".utf8)
            var keyToLine = Array(",\n      \"key\" : ".utf8)
            Self.appendJSONString(finding.key, to: &keyToLine)
            keyToLine += Array(",\n      \"kind\" : ".utf8)
            Self.appendJSONString(finding.kind, to: &keyToLine)
            keyToLine += Array(",\n      \"language\" : ".utf8)
            Self.appendJSONString(finding.language.rawValue, to: &keyToLine)
            keyToLine += Array(",\n      \"line\" : ".utf8)
            var tail = Array(",\n      \"mappings\" : ".utf8)
            tail += Array(JSONTreeWriter.write(ReportWriter.findingObject(finding)["mappings"] as Any, indent: 6).utf8)
            tail += Array(",\n      \"snippet\" : ".utf8)
            return Pieces(head: head, familyToFile: middle, keyToLine: keyToLine, mappingsToSnippet: tail)
        }
    }

    private mutating func quotedField(_ value: String) -> [UInt8] {
        if let known = quotedFields[value] { return known }
        var field: [UInt8] = []
        Self.appendCSVField(value, to: &field)
        quotedFields[value] = field
        return field
    }

    /// `value` as a CSV field: quoted (with doubled quotes) when it holds a comma, quote, CR or LF.
    static func appendCSVField(_ value: String, to out: inout [UInt8]) {
        var value = value
        value.withUTF8 { bytes in
            guard bytes.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }) else {
                out.append(contentsOf: bytes)
                return
            }
            out.append(0x22)
            for byte in bytes {
                out.append(byte)
                if byte == 0x22 { out.append(0x22) }
            }
            out.append(0x22)
        }
    }

    /// The string at `text` as a JSON string literal, read in place when its UTF-8 is contiguous.
    static func appendJSONString(at text: UnsafePointer<String>, to out: inout [UInt8]) {
        let done: Void? = text.pointee.utf8.withContiguousStorageIfAvailable { appendJSONString(utf8: $0, to: &out) }
        if done == nil { appendJSONString(text.pointee, to: &out) }
    }

    /// `text` as a JSON string literal, exactly as `JSONTreeWriter` writes it.
    static func appendJSONString(_ text: String, to out: inout [UInt8]) {
        var text = text
        text.withUTF8 { appendJSONString(utf8: $0, to: &out) }
    }

    /// The UTF-8 string `bytes` as a JSON string literal, escaped byte by byte exactly as `JSONTreeWriter` escapes
    /// scalars (its `String` building was most of a JSON report's time for lines holding quotes or backslashes).
    static func appendJSONString(utf8 bytes: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
        out.append(0x22)
        // 0xE2 leads U+2028 and U+2029, which are escaped too.
        if !bytes.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0xE2 }) {
            out.append(contentsOf: bytes)
        } else {
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                switch byte {
                case 0x22: out += [0x5C, 0x22]
                case 0x5C: out += [0x5C, 0x5C]
                case 0x0A: out += [0x5C, 0x6E]
                case 0x0D: out += [0x5C, 0x72]
                case 0x09: out += [0x5C, 0x74]
                case 0..<0x20: appendUnicodeEscape(UInt32(byte), to: &out)
                case 0xE2 where index + 2 < bytes.count && bytes[index + 1] == 0x80 && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9):
                    appendUnicodeEscape(bytes[index + 2] == 0xA8 ? 0x2028 : 0x2029, to: &out)
                    index += 2
                default: out.append(byte)
                }
                index += 1
            }
        }
        out.append(0x22)
    }

    /// `\u` and four lowercase hex digits.
    private static func appendUnicodeEscape(_ value: UInt32, to out: inout [UInt8]) {
        let hex: [UInt8] = Array("0123456789abcdef".utf8)
        out += [0x5C, 0x75]
        for shift in stride(from: 12, through: 0, by: -4) { out.append(hex[Int((value >> UInt32(shift)) & 0xF)]) }
    }

    /// A non-negative or negative integer in decimal.
    static func appendDecimal(_ value: Int, to out: inout [UInt8]) {
        if value < 0 {
            out += Array(String(value).utf8)
            return
        }
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var count = 0
        var rest = value
        withUnsafeMutableBytes(of: &digits) { raw in
            let bytes = raw.bindMemory(to: UInt8.self)
            repeat {
                bytes[19 - count] = UInt8(truncatingIfNeeded: 0x30 + rest % 10)
                rest /= 10
                count += 1
            } while rest > 0
            // As a buffer pointer: a slice of raw bytes was appended one byte at a time.
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[(20 - count)...]))
        }
    }
}
