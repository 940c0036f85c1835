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

    /// Parses `text`, throwing the first malformed line as a `CatalogError`. Every mapping is checked; entries keep
    /// theirs as written and build them when read (`CatalogEntry.mappings`).
    public func parse(_ text: String) throws(CatalogError) -> Content {
        var content = Content()
        // Byte-level parsing with no per-field strings: the catalog has ~10,000 lines and loads on every scan.
        let file = CatalogFileText(name: fileName, bytes: Array(text.utf8))
        let bytes = file.bytes
        var firstLineOf: [String: Int] = [:]
        firstLineOf.reserveCapacity(bytes.count / 64)
        content.entries.reserveCapacity(bytes.count / 64)
        var fields: [Range<Int>] = []
        var lineNumber = 0
        var lineStart = 0
        while lineStart <= bytes.count {
            var lineEnd = lineStart
            while lineEnd < bytes.count, bytes[lineEnd] != 10 { lineEnd += 1 }
            lineNumber += 1
            defer { lineStart = lineEnd + 1 }
            let line = Self.trim(bytes, lineStart..<lineEnd)
            guard !line.isEmpty, bytes[line.lowerBound] != 35 else { continue }
            Self.fields(of: bytes, in: line, into: &fields)
            if bytes[line.lowerBound] == 64 {
                let head = Self.string(bytes, fields[0]).split(separator: " ", omittingEmptySubsequences: true)
                guard head.count == 2, head[0] == "@family", isWord(head[1].utf8) else {
                    throw .malformedLine(file: fileName, line: lineNumber, message: "expected '@family NAME | target = …'")
                }
                var mappings: [Target: TargetMapping] = [:]
                for field in fields.dropFirst() where !field.isEmpty {
                    let (target, mapping) = try self.mapping(bytes, field, line: lineNumber)
                    guard mappings.updateValue(mapping, forKey: target) == nil else {
                        throw .malformedLine(file: fileName, line: lineNumber, message: "target '\(target.rawValue)' appears twice")
                    }
                }
                guard !mappings.isEmpty else {
                    throw .malformedLine(file: fileName, line: lineNumber, message: "a family default needs at least one target mapping")
                }
                content.familyDefaults[String(head[1]), default: [:]].merge(mappings) { _, new in new }
                continue
            }
            guard fields.count >= 3 else {
                throw .malformedLine(file: fileName, line: lineNumber, message: "expected 'symbol | kind | family | target = …'")
            }
            guard !fields[0].isEmpty, !bytes[fields[0]].contains(where: { $0 == 32 || $0 == 9 }) else {
                throw .malformedLine(file: fileName, line: lineNumber, message: "the symbol must be one word without spaces")
            }
            guard isWord(bytes[fields[1]]) else {
                throw .malformedLine(file: fileName, line: lineNumber, message: "kind '\(Self.string(bytes, fields[1]))' must be a lower-case word")
            }
            guard isWord(bytes[fields[2]]) else {
                throw .malformedLine(file: fileName, line: lineNumber, message: "family '\(Self.string(bytes, fields[2]))' must be a lower-case word")
            }
            let symbol = Self.string(bytes, fields[0])
            if let first = firstLineOf.updateValue(lineNumber, forKey: symbol) {
                throw .duplicateSymbol(file: fileName, line: lineNumber, symbol: symbol, firstLine: first)
            }
            // Checked now, built when read.
            var targets: UInt8 = 0
            for field in fields.dropFirst(3) where !field.isEmpty {
                let target = try scanMapping(bytes, field, line: lineNumber).target
                let bit: UInt8 = 1 << UInt8(Target.allCases.firstIndex(of: target) ?? 0)
                guard targets & bit == 0 else {
                    throw .malformedLine(file: fileName, line: lineNumber, message: "target '\(target.rawValue)' appears twice")
                }
                targets |= bit
            }
            let written = fields.count > 3 ? fields[3].lowerBound..<line.upperBound : line.upperBound..<line.upperBound
            content.entries.append(CatalogEntry(symbol: symbol, kind: Self.string(bytes, fields[1]),
                                                family: Self.string(bytes, fields[2]),
                                                written: WrittenMappings(file: file, range: written, line: lineNumber),
                                                originFile: fileName, originLine: lineNumber))
        }
        return content
    }

    /// The `|`-separated fields of `bytes[range]`, each trimmed, into `fields` (emptied first).
    static func fields(of bytes: [UInt8], in range: Range<Int>, into fields: inout [Range<Int>]) {
        fields.removeAll(keepingCapacity: true)
        var fieldStart = range.lowerBound
        for k in range where bytes[k] == 124 {
            fields.append(trim(bytes, fieldStart..<k))
            fieldStart = k + 1
        }
        fields.append(trim(bytes, fieldStart..<range.upperBound))
    }

    /// The `|`-separated fields of `bytes[range]`, each trimmed.
    static func fields(of bytes: [UInt8], in range: Range<Int>) -> [Range<Int>] {
        var fields: [Range<Int>] = []
        Self.fields(of: bytes, in: range, into: &fields)
        return fields
    }

    /// The range without leading and trailing blanks (space, tab, CR).
    static func trim(_ bytes: [UInt8], _ range: Range<Int>) -> Range<Int> {
        var s = range.lowerBound, e = range.upperBound
        while s < e, bytes[s] == 32 || bytes[s] == 9 || bytes[s] == 13 { s += 1 }
        while e > s, bytes[e - 1] == 32 || bytes[e - 1] == 9 || bytes[e - 1] == 13 { e -= 1 }
        return s..<e
    }

    static func string(_ bytes: [UInt8], _ range: Range<Int>) -> String { String(decoding: bytes[range], as: UTF8.self) }

    private func isWord<C: Collection<UInt8>>(_ word: C) -> Bool {
        !word.isEmpty && word.allSatisfy { ($0 >= 97 && $0 <= 122) || ($0 >= 48 && $0 <= 57) || $0 == 45 }
    }

    /// One mapping field, checked, with its parts located but no strings made.
    private struct ScannedMapping {
        var target: Target
        /// nil for `-` (no replacement) and `?` (not assessed).
        var replacement: Range<Int>?
        /// False for `?`.
        var assessed: Bool
        var effort: Effort
        var generationEfforts: [ChipGeneration: Effort]
        var note: Range<Int>
    }

    /// The mapping `target = replacement [effort gen:effort…] note` in `bytes[field]`, built.
    func mapping(_ bytes: [UInt8], _ field: Range<Int>, line: Int) throws(CatalogError) -> (Target, TargetMapping) {
        let scanned = try scanMapping(bytes, field, line: line)
        return (scanned.target, TargetMapping(replacement: scanned.replacement.map { Self.string(bytes, $0) }, effort: scanned.effort,
                                              generationEfforts: scanned.generationEfforts,
                                              note: scanned.note.isEmpty ? nil : Self.string(bytes, scanned.note),
                                              assessed: scanned.assessed))
    }

    /// Checks the mapping in `bytes[field]` and locates its parts.
    private func scanMapping(_ bytes: [UInt8], _ field: Range<Int>, line: Int) throws(CatalogError) -> ScannedMapping {
        guard let equals = bytes[field].firstIndex(of: 61) else {
            throw .malformedLine(file: fileName, line: line,
                                 message: "expected 'target = replacement [effort] note' in '\(Self.string(bytes, field))'")
        }
        let targetName = Self.string(bytes, Self.trim(bytes, field.lowerBound..<equals))
        guard let target = Target(rawValue: targetName) else {
            throw .unknownTarget(file: fileName, line: line, value: targetName)
        }
        let rest = Self.trim(bytes, (equals + 1)..<field.upperBound)
        guard let open = bytes[rest].firstIndex(of: 91), let close = bytes[open..<rest.upperBound].firstIndex(of: 93) else {
            throw .malformedLine(file: fileName, line: line, message: "missing '[effort]' after the replacement for \(targetName)")
        }
        let replacement = Self.trim(bytes, rest.lowerBound..<open)
        guard !replacement.isEmpty, !bytes[replacement].contains(32) else {
            throw .malformedLine(file: fileName, line: line,
                                 message: "the \(targetName) replacement must be one word, '-' for none or '?' for not assessed")
        }
        var effort: Effort?
        var perGeneration: [ChipGeneration: Effort] = [:]
        for item in bytes[(open + 1)..<close].split(separator: 32) {
            let word = String(decoding: item, as: UTF8.self)
            guard effort != nil else {
                guard let first = Effort(rawValue: word) else { throw .unknownEffort(file: fileName, line: line, value: word) }
                effort = first
                continue
            }
            let parts = word.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
            guard parts.count == 2 else {
                throw .malformedLine(file: fileName, line: line, message: "expected 'generation:effort', found '\(word)'")
            }
            guard let generation = ChipGeneration(rawValue: parts[0]) else {
                throw .unknownGeneration(file: fileName, line: line, value: parts[0])
            }
            guard let value = Effort(rawValue: parts[1]) else {
                throw .unknownEffort(file: fileName, line: line, value: parts[1])
            }
            perGeneration[generation] = value
        }
        guard let effort else {
            throw .malformedLine(file: fileName, line: line, message: "empty '[]' for \(targetName)")
        }
        let none = replacement.count == 1 && bytes[replacement.lowerBound] == 45
        let unassessed = replacement.count == 1 && bytes[replacement.lowerBound] == 63
        return ScannedMapping(target: target, replacement: none || unassessed ? nil : replacement, assessed: !unassessed,
                              effort: effort,
                              generationEfforts: perGeneration, note: Self.trim(bytes, (close + 1)..<rest.upperBound))
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
