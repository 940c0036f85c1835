/// Lexes Jupyter notebooks: the code cells' source goes through the Python lexer, and each finding is placed
/// where its text stands in the notebook file itself — the JSON line of the source string, and the column of its
/// first byte in that line (escapes such as `\"` count as they are written) — so editors and code scanning point
/// at the right place.
public struct NotebookLexer: SourceLexer {
    /// The lexer used for each code cell.
    public let python: PythonLexer

    /// Creates a lexer.
    public init(python: PythonLexer) { self.python = python }

    /// The candidates in the code cells of the notebook in `bytes`; a notebook that is not valid JSON yields none.
    public func candidates(in bytes: UnsafeBufferPointer<UInt8>) -> [Candidate] { lex(bytes).candidates }

    /// The candidates, or why `bytes` is not a notebook (not JSON, or no `cells` array).
    public func lex(_ bytes: UnsafeBufferPointer<UInt8>) -> LexResult {
        var parser = PlacedJSONParser(bytes: bytes)
        guard let root = parser.parse() else {
            return LexResult(candidates: [], unreadable: "not a notebook: the JSON is malformed or cut short")
        }
        guard case let .object(members) = root, case let .array(cells)? = members.first(where: { $0.0 == "cells" })?.1 else {
            return LexResult(candidates: [], unreadable: "not a notebook: no \"cells\" array")
        }
        let place = FilePlaces(bytes)
        var found: [Candidate] = []
        for cell in cells {
            guard case let .object(fields) = cell,
                  case let .string(type, _)? = fields.first(where: { $0.0 == "cell_type" })?.1, type == "code",
                  let source = fields.first(where: { $0.0 == "source" })?.1 else { continue }
            var strings: [PlacedJSON] = []
            switch source {
            case .string: strings = [source]
            case let .array(items): strings = items
            default: continue
            }
            // The cell's code as decoded bytes (not repaired: the lexer takes bytes, and repairing invalid UTF-8
            // would shift every later offset), with the file offset each byte came from.
            var code: [UInt8] = []
            var fileOffsets: [Int] = []
            for case let .string(_, start) in strings {
                guard let decoded = PlacedJSONParser.decodeString(bytes, contentStart: start, recordingOffsets: true)
                else { continue }
                code += decoded.bytes
                fileOffsets += decoded.offsets
            }
            guard !code.isEmpty else { continue }
            var codeLineStarts = [0]
            for (index, byte) in code.enumerated() where byte == 10 { codeLineStarts.append(index + 1) }
            for var candidate in code.withUnsafeBufferPointer({ python.candidates(in: $0) }) {
                // The candidate's byte in the cell's code, then in the file.
                let line = min(max(candidate.line, 1), codeLineStarts.count)
                let offset = min(max(codeLineStarts[line - 1] + candidate.column - 1, 0), code.count - 1)
                (candidate.line, candidate.column) = place.lineAndColumn(of: fileOffsets[offset])
                found.append(candidate)
            }
        }
        return LexResult(candidates: found)
    }
}

/// Line and column of byte offsets in a file, by binary search over its line starts.
private struct FilePlaces {
    private var lineStarts: [Int] = [0]

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        for index in bytes.indices where bytes[index] == 10 { lineStarts.append(index + 1) }
    }

    /// The 1-based line and byte column of `offset` (at least 0).
    func lineAndColumn(of offset: Int) -> (line: Int, column: Int) {
        // The last line start at or before `offset`; lineStarts[0] is 0.
        var low = 0, high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        return (low + 1, offset - lineStarts[low] + 1)
    }
}
