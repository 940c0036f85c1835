/// Parses the text of one catalog file into entries and family defaults.
///
/// Line format (fields separated by `|`):
/// `symbol | kind | family | target = replacement [effort gen:effort…] note | …`
/// and `@family NAME | target = …` for defaults that apply to every symbol of a family
/// without its own mapping for that target (including uncatalogued prefix matches).
public struct CatalogFileParser: Sendable {
    /// The name used in error messages.
    public let fileName: String

    /// Creates a parser that reports errors against `fileName`.
    public init(fileName: String) { self.fileName = fileName }

    /// The parsed content of one file.
    public struct Content: Sendable {
        /// Symbol entries in file order.
        public var entries: [CatalogEntry] = []
        /// Family defaults by family name.
        public var familyDefaults: [String: [Target: TargetMapping]] = [:]
    }

    /// Parses `text`, throwing the first malformed line as a `CatalogError`.
    public func parse(_ text: String) throws(CatalogError) -> Content {
        var content = Content()
        var firstLineOf: [String: Int] = [:]
        // Byte-level parsing: the catalog has ~10,000 lines and loads on every scan.
        let bytes = Array(text.utf8)
        var lineNumber = 0
        var lineStart = 0
        while lineStart <= bytes.count {
            var lineEnd = lineStart
            while lineEnd < bytes.count, bytes[lineEnd] != 10 { lineEnd += 1 }
            lineNumber += 1
            defer { lineStart = lineEnd + 1 }
            let line = Self.trim(bytes[lineStart..<lineEnd])
            guard let firstByte = line.first, firstByte != 35 else { continue }
            let fields = line.split(separator: 124, omittingEmptySubsequences: false).map { Self.string(Self.trim($0)) }
            if firstByte == 64 {
                let head = fields[0].split(separator: " ", omittingEmptySubsequences: true)
                guard head.count == 2, head[0] == "@family", isWord(String(head[1])) else {
                    throw .malformedLine(file: fileName, line: lineNumber, message: "expected '@family NAME | target = …'")
                }
                let mappings = try parseMappings(fields.dropFirst(), line: lineNumber)
                guard !mappings.isEmpty else {
                    throw .malformedLine(file: fileName, line: lineNumber, message: "a family default needs at least one target mapping")
                }
                content.familyDefaults[String(head[1]), default: [:]].merge(mappings) { _, new in new }
                continue
            }
            guard fields.count >= 3 else {
                throw .malformedLine(file: fileName, line: lineNumber, message: "expected 'symbol | kind | family | target = …'")
            }
            let symbol = fields[0]
            guard !symbol.isEmpty, !symbol.utf8.contains(where: { $0 == 32 || $0 == 9 }) else {
                throw .malformedLine(file: fileName, line: lineNumber, message: "the symbol must be one word without spaces")
            }
            guard isWord(fields[1]) else {
                throw .malformedLine(file: fileName, line: lineNumber, message: "kind '\(fields[1])' must be a lower-case word")
            }
            guard isWord(fields[2]) else {
                throw .malformedLine(file: fileName, line: lineNumber, message: "family '\(fields[2])' must be a lower-case word")
            }
            if let first = firstLineOf.updateValue(lineNumber, forKey: symbol) {
                throw .duplicateSymbol(file: fileName, line: lineNumber, symbol: symbol, firstLine: first)
            }
            let mappings = try parseMappings(fields.dropFirst(3), line: lineNumber)
            content.entries.append(CatalogEntry(symbol: symbol, kind: fields[1], family: fields[2], mappings: mappings,
                                                origin: "\(fileName):\(lineNumber)"))
        }
        return content
    }

    /// The slice without leading and trailing blanks (space, tab, CR).
    static func trim(_ slice: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        var s = slice.startIndex, e = slice.endIndex
        while s < e, slice[s] == 32 || slice[s] == 9 || slice[s] == 13 { s += 1 }
        while e > s, slice[e - 1] == 32 || slice[e - 1] == 9 || slice[e - 1] == 13 { e -= 1 }
        return slice[s..<e]
    }

    static func string(_ slice: ArraySlice<UInt8>) -> String { String(decoding: slice, as: UTF8.self) }

    private func isWord(_ text: String) -> Bool {
        !text.isEmpty && text.utf8.allSatisfy { ($0 >= 97 && $0 <= 122) || ($0 >= 48 && $0 <= 57) || $0 == 45 }
    }

    private func parseMappings(_ fields: ArraySlice<String>, line: Int) throws(CatalogError) -> [Target: TargetMapping] {
        var result: [Target: TargetMapping] = [:]
        for field in fields {
            if field.isEmpty { continue }
            let (target, mapping) = try parseMapping(field, line: line)
            guard result[target] == nil else {
                throw .malformedLine(file: fileName, line: line, message: "target '\(target.rawValue)' appears twice")
            }
            result[target] = mapping
        }
        return result
    }

    /// Parses `target = replacement [effort gen:effort…] note`, on bytes (it runs for every mapping of every scan).
    private func parseMapping(_ field: String, line: Int) throws(CatalogError) -> (Target, TargetMapping) {
        let bytes = Array(field.utf8)
        let text = { (slice: ArraySlice<UInt8>) in Self.string(Self.trim(slice)) }
        guard let equals = bytes.firstIndex(of: 61) else {
            throw .malformedLine(file: fileName, line: line, message: "expected 'target = replacement [effort] note' in '\(field)'")
        }
        let targetName = text(bytes[..<equals])
        guard let target = Target(rawValue: targetName) else {
            throw .unknownTarget(file: fileName, line: line, value: targetName)
        }
        let rest = Self.trim(bytes[(equals + 1)...])
        guard let open = rest.firstIndex(of: 91), let close = rest[open...].firstIndex(of: 93) else {
            throw .malformedLine(file: fileName, line: line, message: "missing '[effort]' after the replacement for \(targetName)")
        }
        let replacementText = text(rest[..<open])
        guard !replacementText.isEmpty, !replacementText.utf8.contains(32) else {
            throw .malformedLine(file: fileName, line: line,
                                 message: "the \(targetName) replacement must be one word, or '-' for none")
        }
        let efforts = rest[(open + 1)..<close].split(separator: 32).map { Self.string($0) }
        guard let first = efforts.first else {
            throw .malformedLine(file: fileName, line: line, message: "empty '[]' for \(targetName)")
        }
        guard let effort = Effort(rawValue: first) else {
            throw .unknownEffort(file: fileName, line: line, value: first)
        }
        var perGeneration: [ChipGeneration: Effort] = [:]
        for item in efforts.dropFirst() {
            let parts = item.utf8.split(separator: 58, omittingEmptySubsequences: false).map { String(Substring($0)) }
            guard parts.count == 2 else {
                throw .malformedLine(file: fileName, line: line, message: "expected 'generation:effort', found '\(item)'")
            }
            guard let generation = ChipGeneration(rawValue: parts[0]) else {
                throw .unknownGeneration(file: fileName, line: line, value: parts[0])
            }
            guard let value = Effort(rawValue: parts[1]) else {
                throw .unknownEffort(file: fileName, line: line, value: parts[1])
            }
            perGeneration[generation] = value
        }
        let note = text(rest[(close + 1)...])
        return (target, TargetMapping(replacement: replacementText == "-" ? nil : replacementText, effort: effort,
                                      generationEfforts: perGeneration, note: note.isEmpty ? nil : note))
    }
}

extension StringProtocol {
    /// The text without leading and trailing characters from `set` (ASCII characters only, compared as bytes).
    func trimmingCharacters(in set: String) -> String {
        let bytes = Array(set.utf8)
        let view = Array(utf8)
        guard let start = view.firstIndex(where: { !bytes.contains($0) }),
              let end = view.lastIndex(where: { !bytes.contains($0) }) else { return "" }
        return String(decoding: view[start...end], as: UTF8.self)
    }
}
