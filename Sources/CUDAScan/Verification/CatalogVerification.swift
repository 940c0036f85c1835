/// What `catalog verify` found: every vendor name the catalog writes for one target, checked against reference trees.
public struct CatalogVerification: Sendable {
    /// One name and where the catalog writes it.
    public struct Use: Sendable, Hashable {
        /// The name.
        public var name: VendorName
        /// The catalog symbol (or `@family NAME`) whose mapping writes it.
        public var symbol: String
        /// The catalog file and line.
        public var origin: String
    }

    /// The target checked.
    public var target: Target
    /// Every use of a vendor name, in catalog order (by symbol).
    public var uses: [Use]
    /// The uses whose name the trees do not declare.
    public var missing: [Use]
    /// Distinct names checked, and distinct names missing.
    public var distinctNames: Int
    /// Distinct names the trees do not declare.
    public var distinctMissing: Int
    /// Replacements that are not code names (flags, package names, device strings) or are standard C++ names.
    public var notCodeNames: Int

    /// Checks every mapping for `target` in `catalog` (entries, wildcard rules and family defaults) against `index`.
    public init(catalog: Catalog, target: Target, index: DeclarationIndex, naming: VendorNaming = .ascend) {
        self.target = target
        var uses: [Use] = []
        var skipped = 0
        func check(_ mapping: TargetMapping, symbol: String, origin: String) {
            let names = VendorName.names(in: mapping, naming: naming)
            if mapping.replacement != nil, !names.contains(where: { $0.field == .replacement }) { skipped += 1 }
            uses += names.map { Use(name: $0, symbol: symbol, origin: origin) }
        }
        for entry in catalog.allEntries {
            guard let mapping = entry.mapping(for: target) else { continue }
            check(mapping, symbol: entry.symbol, origin: entry.mappingOrigin(for: target))
        }
        for family in catalog.familyDefaults.keys.sorted() {
            guard let mapping = catalog.familyDefaults[family]?[target] else { continue }
            check(mapping, symbol: "@family \(family)", origin: "")
        }
        func declared(_ name: VendorName) -> Bool {
            switch name.lookup {
            case let .identifier(identifier): return index.contains(identifier)
            case let .header(path): return index.containsHeader(path)
            }
        }
        self.uses = uses
        missing = uses.filter { !declared($0.name) }
        distinctNames = Set(uses.map(\.name.lookup)).count
        distinctMissing = Set(missing.map(\.name.lookup)).count
        notCodeNames = skipped
    }
}
