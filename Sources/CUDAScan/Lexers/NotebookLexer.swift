/// Lexes Jupyter notebooks: the code cells' source goes through the Python lexer, and each
/// finding's line is the notebook file's line of that source line (column within the code line).
public struct NotebookLexer: SourceLexer {
    /// The lexer used for each code cell.
    public let python: PythonLexer

    /// Creates a lexer.
    public init(python: PythonLexer) { self.python = python }

    /// The candidates in the code cells of the notebook in `bytes`; a notebook that is not valid JSON yields none.
    public func candidates(in bytes: UnsafeBufferPointer<UInt8>) -> [Candidate] {
        var parser = LineTrackingJSONParser(bytes: bytes)
        guard let root = parser.parse(), case let .object(members) = root,
              case let .array(cells)? = members.first(where: { $0.0 == "cells" })?.1 else { return [] }
        var found: [Candidate] = []
        for cell in cells {
            guard case let .object(fields) = cell,
                  case let .string(type, _)? = fields.first(where: { $0.0 == "cell_type" })?.1, type == "code",
                  let source = fields.first(where: { $0.0 == "source" })?.1 else { continue }
            var pieces: [(String, Int)] = []
            switch source {
            case let .string(text, line): pieces = [(text, line)]
            case let .array(items):
                for item in items { if case let .string(text, line) = item { pieces.append((text, line)) } }
            default: continue
            }
            var code = ""
            var fileLineOfCodeLine: [Int] = []
            for (text, fileLine) in pieces {
                if fileLineOfCodeLine.isEmpty || code.hasSuffix("\n") { fileLineOfCodeLine.append(fileLine) }
                code += text
                let extraLines = text.utf8.dropLast().reduce(0) { $1 == 10 ? $0 + 1 : $0 }
                for _ in 0..<extraLines { fileLineOfCodeLine.append(fileLine) }
            }
            var utf8 = Array(code.utf8)
            let cellCandidates = utf8.withUnsafeMutableBufferPointer { python.candidates(in: UnsafeBufferPointer($0)) }
            for var candidate in cellCandidates {
                let index = candidate.line - 1
                candidate.line = index >= 0 && index < fileLineOfCodeLine.count ? fileLineOfCodeLine[index] : (fileLineOfCodeLine.last ?? 1)
                found.append(candidate)
            }
        }
        return found
    }
}

/// A JSON value that remembers the file line each string started on.
enum LineTrackedJSON {
    case object([(String, LineTrackedJSON)])
    case array([LineTrackedJSON])
    case string(String, Int)
    case other
}

/// A small recursive-descent JSON parser over bytes, tracking lines; nesting is capped to stay safe on hostile input.
struct LineTrackingJSONParser {
    let bytes: UnsafeBufferPointer<UInt8>
    var i = 0
    var line = 1

    init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    mutating func parse() -> LineTrackedJSON? { value(depth: 0) }

    mutating func skipBlanks() {
        while i < bytes.count {
            let b = bytes[i]
            if b == 10 { line += 1 } else if !(b == 32 || b == 9 || b == 13) { return }
            i += 1
        }
    }

    mutating func value(depth: Int) -> LineTrackedJSON? {
        guard depth < 64 else { return nil }
        skipBlanks()
        guard i < bytes.count else { return nil }
        switch bytes[i] {
        case 123:
            i += 1
            var members: [(String, LineTrackedJSON)] = []
            skipBlanks()
            if i < bytes.count, bytes[i] == 125 { i += 1; return .object(members) }
            while true {
                skipBlanks()
                guard case let .string(key, _)? = string() else { return nil }
                skipBlanks()
                guard i < bytes.count, bytes[i] == 58 else { return nil }
                i += 1
                guard let v = value(depth: depth + 1) else { return nil }
                members.append((key, v))
                skipBlanks()
                guard i < bytes.count else { return nil }
                if bytes[i] == 44 { i += 1; continue }
                if bytes[i] == 125 { i += 1; return .object(members) }
                return nil
            }
        case 91:
            i += 1
            var items: [LineTrackedJSON] = []
            skipBlanks()
            if i < bytes.count, bytes[i] == 93 { i += 1; return .array(items) }
            while true {
                guard let v = value(depth: depth + 1) else { return nil }
                items.append(v)
                skipBlanks()
                guard i < bytes.count else { return nil }
                if bytes[i] == 44 { i += 1; continue }
                if bytes[i] == 93 { i += 1; return .array(items) }
                return nil
            }
        case 34:
            return string()
        default:
            while i < bytes.count, !(bytes[i] == 44 || bytes[i] == 93 || bytes[i] == 125 || bytes[i] == 10) { i += 1 }
            return .other
        }
    }

    /// Reads a JSON string at the cursor, decoding escapes.
    mutating func string() -> LineTrackedJSON? {
        guard i < bytes.count, bytes[i] == 34 else { return nil }
        let startLine = line
        i += 1
        var out: [UInt8] = []
        var pendingHigh: UInt32? = nil
        while i < bytes.count {
            let b = bytes[i]
            if b == 34 { i += 1; return .string(String(decoding: out, as: UTF8.self), startLine) }
            if b == 10 { line += 1 }
            if b != 92 { out.append(b); i += 1; continue }
            guard i + 1 < bytes.count else { return nil }
            let e = bytes[i + 1]
            i += 2
            switch e {
            case 110: out.append(10)
            case 116: out.append(9)
            case 114: out.append(13)
            case 98: out.append(8)
            case 102: out.append(12)
            case 117:
                guard i + 4 <= bytes.count, let code = UInt32(Bytes.text(bytes, i, i + 4), radix: 16) else { return nil }
                i += 4
                if code >= 0xD800 && code < 0xDC00 { pendingHigh = code; continue }
                var scalarValue = code
                if code >= 0xDC00 && code < 0xE000, let high = pendingHigh {
                    scalarValue = 0x10000 + ((high - 0xD800) << 10) + (code - 0xDC00)
                }
                pendingHigh = nil
                let scalar = Unicode.Scalar(scalarValue) ?? "\u{FFFD}"
                out.append(contentsOf: Array(String(Character(scalar)).utf8))
            default: out.append(e)
            }
        }
        return nil
    }
}
