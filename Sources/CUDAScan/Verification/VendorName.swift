/// A name the catalog writes for a target, found in a mapping's replacement or note, as `catalog verify` checks it.
public struct VendorName: Sendable, Hashable {
    /// Where in the mapping the name was written.
    public enum Field: String, Sendable, Hashable {
        /// The replacement.
        case replacement
        /// The note.
        case note
    }

    /// How the name is looked up in the reference trees.
    public enum Lookup: Sendable, Hashable {
        /// An identifier that the trees' code must declare or use (the last component of a qualified name).
        case identifier(String)
        /// A header path that must be a file in the trees.
        case header(String)
    }

    /// The name as written (`aclrtMemcpy`, `AscendC::DataCopy`, `torch.npu.synchronize`, `acl/acl.h`).
    public var written: String
    /// What is looked up.
    public var lookup: Lookup
    /// Where it was written.
    public var field: Field

    /// Creates a name.
    public init(written: String, lookup: Lookup, field: Field) {
        self.written = written
        self.lookup = lookup
        self.field = field
    }

    /// The vendor names in one mapping: the replacement when it is a code name or header path, and in the note
    /// every name spelled the vendor's way (see `VendorNaming`).
    public static func names(in mapping: TargetMapping, naming: VendorNaming) -> [VendorName] {
        var found: [VendorName] = []
        if let replacement = mapping.replacement, let name = naming.replacementName(replacement) { found.append(name) }
        if let note = mapping.note { found += naming.noteNames(note) }
        return found
    }
}
