/// Lexes Jupyter notebooks: the code cells' source goes through the Python lexer, and each finding is placed
/// where its text stands in the notebook file itself — the JSON line of the source string, and the column of its
/// first byte in that line (escapes such as `\"` count as they are written) — so editors and code scanning point
/// at the right place.
public struct NotebookLexer: SourceLexer {
    /// The lexer used for each code cell.
    public let python: PythonLexer

    /// Creates a lexer.
    public init(python: PythonLexer) { self.python = python }

    /// One string of a cell's source: its decoded bytes (not repaired: the lexer takes bytes, and repairing invalid
    /// UTF-8 would shift every later offset), the file line it starts on, and the file offset of each decoded byte.
    private struct Piece {
        let bytes: [UInt8]
        let line: Int
        let offsets: [Int]
    }

    /// The candidates in the code cells of the notebook in `bytes`; a notebook that is not valid JSON yields none.
    public func candidates(in bytes: UnsafeBufferPointer<UInt8>) -> [Candidate] {
        var parser = LineTrackingJSONParser(bytes: bytes)
        guard let root = parser.parse(), case let .object(members) = root,
              case let .array(cells)? = members.first(where: { $0.0 == "cells" })?.1 else { return [] }
        let place = FilePlaces(bytes)
        var found: [Candidate] = []
        for cell in cells {
            guard case let .object(fields) = cell,
                  case let .string(type, _, _)? = fields.first(where: { $0.0 == "cell_type" })?.1, type == "code",
                  let source = fields.first(where: { $0.0 == "source" })?.1 else { continue }
            var strings: [LineTrackedJSON] = []
            switch source {
            case .string: strings = [source]
            case let .array(items): strings = items
            default: continue
            }
            var pieces: [Piece] = []
            for case let .string(_, line, start) in strings {
                guard let decoded = LineTrackingJSONParser.decodeString(bytes, contentStart: start, recordingOffsets: true)
                else { continue }
                pieces.append(Piece(bytes: decoded.bytes, line: line, offsets: decoded.offsets))
            }
            found += candidates(in: pieces, place: place)
        }
        return found
    }

    /// Lexes one cell's pieces as a single Python source and moves each candidate to its place in the file.
    private func candidates(in pieces: [Piece], place: FilePlaces) -> [Candidate] {
        var code: [UInt8] = []
        var pieceStarts: [Int] = []
        var fileLineOfCodeLine: [Int] = []
        for piece in pieces {
            if fileLineOfCodeLine.isEmpty || code.last == 10 { fileLineOfCodeLine.append(piece.line) }
            pieceStarts.append(code.count)
            code += piece.bytes
            let extraLines = piece.bytes.dropLast().reduce(0) { $1 == 10 ? $0 + 1 : $0 }
            for _ in 0..<extraLines { fileLineOfCodeLine.append(piece.line) }
        }
        var codeLineStarts = [0]
        for (index, byte) in code.enumerated() where byte == 10 { codeLineStarts.append(index + 1) }
        let cellCandidates = code.withUnsafeBufferPointer { python.candidates(in: $0) }
        return cellCandidates.map { original in
            var candidate = original
            let index = candidate.line - 1
            guard index >= 0, index < codeLineStarts.count else {
                candidate.line = fileLineOfCodeLine.last ?? 1
                return candidate
            }
            candidate.line = index < fileLineOfCodeLine.count ? fileLineOfCodeLine[index] : (fileLineOfCodeLine.last ?? 1)
            // The candidate's byte in the cell's code, then in its piece, then in the file.
            let offset = codeLineStarts[index] + candidate.column - 1
            guard let p = FilePlaces.lastIndex(in: pieceStarts, atMost: offset) else { return candidate }
            let within = offset - pieceStarts[p]
            let offsets = pieces[p].offsets
            guard within >= 0, within < offsets.count else { return candidate }
            (candidate.line, candidate.column) = place.lineAndColumn(of: offsets[within])
            return candidate
        }
    }
}

/// Line and column of byte offsets in a file, by binary search over its line starts.
private struct FilePlaces {
    private var lineStarts: [Int] = [0]

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        for index in bytes.indices where bytes[index] == 10 { lineStarts.append(index + 1) }
    }

    /// The 1-based line and byte column of `offset`.
    func lineAndColumn(of offset: Int) -> (line: Int, column: Int) {
        let line = Self.lastIndex(in: lineStarts, atMost: offset) ?? 0
        return (line + 1, offset - lineStarts[line] + 1)
    }

    /// The index of the last element of ascending `sorted` that is at most `value`, or nil when none is.
    static func lastIndex(in sorted: [Int], atMost value: Int) -> Int? {
        guard let first = sorted.first, first <= value else { return nil }
        var low = 0, high = sorted.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if sorted[middle] <= value { low = middle } else { high = middle - 1 }
        }
        return low
    }
}
