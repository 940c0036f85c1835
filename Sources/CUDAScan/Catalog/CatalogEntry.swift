/// One CUDA symbol in the catalog and what replaces it on each target.
///
/// An entry read from a catalog file keeps its mapping fields as the text they were written in (checked when the
/// file loaded) and turns them into `TargetMapping`s when `mappings` is read: a scan loads ten thousand entries and
/// looks up a few hundred, so building every mapping up front was most of the catalog's load time.
public struct CatalogEntry: Sendable, Hashable {
    /// The lookup key: the symbol, with a namespace prefix (`pip:`, `build:`, `docker:`, `import:`) outside C/C++ and Python APIs.
    public var symbol: String
    /// What sort of thing the symbol is: function, type, constant, macro, header, keyword, builtin, python-api, …
    public var kind: String
    /// The API family: runtime, driver, kernel-syntax, cublas, nccl, pytorch, build, …
    public var family: String
    /// The file the entry was read from (empty when it was not read from a file).
    public var originFile: String
    /// The 1-based line of `originFile` the entry was read from (0 when it was not read from a file).
    public var originLine: Int
    private var storage: Storage

    /// The replacement on each target the catalog knows.
    public var mappings: [Target: TargetMapping] {
        get {
            switch storage {
            case let .built(mappings): return mappings
            case let .written(fields): return fields.mappings()
            case let .merged(layers): return layers.reduce(into: [:]) { $0.merge($1.mappings()) { _, new in new } }
            }
        }
        set { storage = .built(newValue) }
    }

    /// The mapping for one target, building only that one: `Catalog.mapping(for:target:)` asks target by target,
    /// and building every mapping of an entry for each target tripled the work of listing the catalog.
    public func mapping(for target: Target) -> TargetMapping? {
        switch storage {
        case let .built(mappings): return mappings[target]
        case let .written(fields): return fields.mapping(for: target)
        case let .merged(layers): return layers.reversed().lazy.compactMap { $0.mapping(for: target) }.first
        }
    }

    /// Where the mapping for `target` was written, as `file:line` (the line of the latest file that maps it, when
    /// several files define the entry), or the entry's origin.
    public func mappingOrigin(for target: Target) -> String {
        if case let .merged(layers) = storage, let layer = layers.last(where: { $0.mapping(for: target) != nil }) {
            return "\(layer.file.name):\(layer.line)"
        }
        return origin
    }

    /// Whether the entry maps no target (without building its mappings).
    var hasNoMappings: Bool {
        switch storage {
        case let .built(mappings): return mappings.isEmpty
        case let .written(fields): return fields.isEmpty
        case let .merged(layers): return layers.allSatisfy(\.isEmpty)
        }
    }

    /// Where the entry was read from, as `file:line`, or empty. Kept as file and line and formatted on demand: the
    /// catalog loads on every scan, and formatting ten thousand places no one reads showed up in its profile.
    public var origin: String { originFile.isEmpty ? "" : "\(originFile):\(originLine)" }

    /// Creates an entry.
    public init(symbol: String, kind: String, family: String, mappings: [Target: TargetMapping], originFile: String = "",
                originLine: Int = 0) {
        self.init(symbol: symbol, kind: kind, family: family, originFile: originFile, originLine: originLine,
                  storage: .built(mappings))
    }

    /// An entry whose mappings are the checked mapping fields of its catalog line.
    init(symbol: String, kind: String, family: String, written fields: WrittenMappings, originFile: String, originLine: Int) {
        self.init(symbol: symbol, kind: kind, family: family, originFile: originFile, originLine: originLine,
                  storage: .written(fields))
    }

    private init(symbol: String, kind: String, family: String, originFile: String, originLine: Int, storage: Storage) {
        self.symbol = symbol
        self.kind = kind
        self.family = family
        self.originFile = originFile
        self.originLine = originLine
        self.storage = storage
    }

    /// This entry as a later file redefines it: `later`'s kind, family and origin, and its mappings over this one's.
    func overridden(by later: CatalogEntry) -> CatalogEntry {
        guard !hasNoMappings else { return later }
        var merged = later
        switch (storage, later.storage) {
        case let (.written(old), .written(new)): merged.storage = .merged([old, new])
        case let (.merged(old), .written(new)): merged.storage = .merged(old + [new])
        default: merged.mappings = mappings.merging(later.mappings) { _, new in new }
        }
        return merged
    }

    /// Whether the symbol is a wildcard rule (contains `*`) rather than one name.
    public var isWildcard: Bool { symbol.utf8.contains(42) }

    /// Equal symbols, kinds, families, origins and mappings (however they are stored).
    public static func == (a: CatalogEntry, b: CatalogEntry) -> Bool {
        a.symbol == b.symbol && a.kind == b.kind && a.family == b.family && a.originFile == b.originFile
            && a.originLine == b.originLine && a.mappings == b.mappings
    }

    /// Hashes the symbol, kind and family (equality decides the rest).
    public func hash(into hasher: inout Hasher) {
        hasher.combine(symbol)
        hasher.combine(kind)
        hasher.combine(family)
    }

    private enum Storage: Sendable {
        case built([Target: TargetMapping])
        case written(WrittenMappings)
        /// Lines of several files for one symbol, earliest first (a later line's targets win).
        case merged([WrittenMappings])
    }
}

/// The mapping fields of one catalog line (`target = replacement [effort] note | …`), as written in its file and
/// already checked by `CatalogFileParser`.
struct WrittenMappings: Sendable {
    /// The whole file the line is in, shared by all its entries.
    let file: CatalogFileText
    /// The byte range of the fields (everything after `symbol | kind | family |`).
    let range: Range<Int>
    /// The line, for the (never expected) error of a field that no longer parses.
    let line: Int

    var isEmpty: Bool { file.bytes[range].allSatisfy { $0 == 124 || $0 == 32 || $0 == 9 || $0 == 13 } }

    /// The mappings the fields spell; a field that does not parse (it was checked at load) is left out.
    func mappings() -> [Target: TargetMapping] {
        var result: [Target: TargetMapping] = [:]
        for (target, mapping) in built(where: { _ in true }) { result[target] = mapping }
        return result
    }

    /// The mapping for `target`, if the fields have one (only that field is built).
    func mapping(for target: Target) -> TargetMapping? {
        let name = Array(target.rawValue.utf8)
        return built(where: { field in
            // The target's name, then blanks and `=`: decided on bytes before the field is parsed.
            var k = field.lowerBound
            while k < field.upperBound, file.bytes[k] != 61, file.bytes[k] != 32, file.bytes[k] != 9 { k += 1 }
            return file.bytes[field.lowerBound..<k].elementsEqual(name)
        }).first?.1
    }

    /// The fields that `wanted` picks, built.
    private func built(where wanted: (Range<Int>) -> Bool) -> [(Target, TargetMapping)] {
        let parser = CatalogFileParser(fileName: file.name)
        return CatalogFileParser.fields(of: file.bytes, in: range).compactMap { field in
            guard !field.isEmpty, wanted(field) else { return nil }
            return try? parser.mapping(file.bytes, field, line: line)
        }
    }
}

/// The bytes and name of one catalog file, kept while its entries are.
final class CatalogFileText: Sendable {
    let name: String
    let bytes: [UInt8]

    init(name: String, bytes: [UInt8]) {
        self.name = name
        self.bytes = bytes
    }
}
