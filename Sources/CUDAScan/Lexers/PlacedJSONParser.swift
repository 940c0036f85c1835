/// A JSON value whose strings remember where they start: the offset of the first content byte (just after the
/// opening quote), from which `PlacedJSONParser.decodeString` can recover each decoded byte's place in the file.
enum PlacedJSON {
    case object([(String, PlacedJSON)])
    case array([PlacedJSON])
    case string(String, start: Int)
    case other
}

/// A small recursive-descent JSON parser over bytes; nesting is capped to stay safe on hostile input.
struct PlacedJSONParser {
    let bytes: UnsafeBufferPointer<UInt8>
    var i = 0

    init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    mutating func parse() -> PlacedJSON? { value(depth: 0) }

    mutating func skipBlanks() {
        while i < bytes.count {
            let b = bytes[i]
            guard b == 10 || b == 32 || b == 9 || b == 13 else { return }
            i += 1
        }
    }

    mutating func value(depth: Int) -> PlacedJSON? {
        guard depth < 64 else { return nil }
        skipBlanks()
        guard i < bytes.count else { return nil }
        switch bytes[i] {
        case 123:
            i += 1
            var members: [(String, PlacedJSON)] = []
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
            var items: [PlacedJSON] = []
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
    mutating func string() -> PlacedJSON? {
        guard i < bytes.count, bytes[i] == 34 else { return nil }
        let start = i + 1
        guard let decoded = Self.decodeString(bytes, contentStart: start, recordingOffsets: false) else { return nil }
        i = decoded.end + 1
        return .string(String(decoding: decoded.bytes, as: UTF8.self), start: start)
    }

    /// The decoded bytes of the JSON string whose content starts at `contentStart`, the offset of its closing quote,
    /// and (when asked) the file offset each decoded byte came from; nil when the string is unterminated or malformed.
    /// Offsets are recorded only on request: a notebook's outputs can hold megabytes of base64 in one string.
    static func decodeString(_ bytes: UnsafeBufferPointer<UInt8>, contentStart: Int, recordingOffsets: Bool)
        -> (bytes: [UInt8], offsets: [Int], end: Int)? {
        var i = contentStart
        var out: [UInt8] = []
        var offsets: [Int] = []
        var pendingHigh: UInt32? = nil
        func emit(_ decoded: some Collection<UInt8>, from raw: Int) {
            out.append(contentsOf: decoded)
            if recordingOffsets { offsets.append(contentsOf: repeatElement(raw, count: decoded.count)) }
        }
        while i < bytes.count {
            let b = bytes[i]
            if b == 34 { return (out, offsets, i) }
            if b != 92 { emit(CollectionOfOne(b), from: i); i += 1; continue }
            guard i + 1 < bytes.count else { return nil }
            let escape = i
            let e = bytes[i + 1]
            i += 2
            switch e {
            case 110: emit(CollectionOfOne(10), from: escape)
            case 116: emit(CollectionOfOne(9), from: escape)
            case 114: emit(CollectionOfOne(13), from: escape)
            case 98: emit(CollectionOfOne(8), from: escape)
            case 102: emit(CollectionOfOne(12), from: escape)
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
                emit(Array(String(Character(scalar)).utf8), from: escape)
            default: emit(CollectionOfOne(e), from: escape)
            }
        }
        return nil
    }
}
