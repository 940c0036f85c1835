/// How a target's vendor names are spelled, so `catalog verify` can pick them out of replacements and notes.
///
/// A replacement is checked when it is a code name (an identifier, `A::B`, `a.b.c`, optionally with `()` or template
/// arguments) or a header path; standard C++ names (`std::…`, built-in types) are not the vendor's and are left out,
/// as are replacements that are not code names (flags, package names, device strings). In notes, which are prose,
/// only names in the vendor's own spelling count: for Ascend, the AscendCL / aclnn / HCCL prefixes (`acl…`, `ACL_…`,
/// `Hccl…`, `HCCL_…`), Ascend C (`AscendC::…`, `asc_…`) and torch_npu (`torch_npu.…`, `torch.npu.…`).
public struct VendorNaming: Sendable {
    /// Prefixes of vendor identifiers in notes.
    public var notePrefixes: [String]
    /// Heads of vendor qualified names in notes (`AscendC::`, `torch_npu.`, `torch.npu.`).
    public var noteHeads: [String]

    /// Creates a naming.
    public init(notePrefixes: [String], noteHeads: [String]) {
        self.notePrefixes = notePrefixes
        self.noteHeads = noteHeads
    }

    /// Huawei Ascend: AscendCL, aclnn, HCCL, Ascend C and torch_npu.
    public static let ascend = VendorNaming(notePrefixes: ["acl", "ACL_", "Hccl", "HCCL_", "asc_"],
                                            noteHeads: ["AscendC::", "torch_npu.", "torch.npu."])

    /// Words that are not names: the bare library stems notes use as words ("acl", "aclnn", "hccl").
    static let stems: Set<String> = ["acl", "aclnn", "aclrt", "aclmdl", "hccl", "Hccl", "ACL_", "HCCL_", "asc_"]
    /// Standard C/C++ names a replacement may use that no vendor tree declares.
    static let standardNames: Set<String> = ["void", "bool", "char", "short", "int", "long", "float", "double", "unsigned",
                                             "signed", "size_t", "int8_t", "int16_t", "int32_t", "int64_t", "uint8_t",
                                             "uint16_t", "uint32_t", "uint64_t", "static_cast", "reinterpret_cast"]

    /// The replacement as a vendor name, or nil when it is not one.
    func replacementName(_ replacement: String) -> VendorName? {
        var text = Substring(replacement)
        if let first = text.first, first == "<" || first == "\"", let last = text.last, last == ">" || last == "\"" {
            text = text.dropFirst().dropLast()
        }
        if text.hasSuffix(".h") || text.hasSuffix(".hpp") {
            return VendorName(written: replacement, lookup: .header(String(text)), field: .replacement)
        }
        if text.hasSuffix("()") { text = text.dropLast(2) }
        if let angle = text.firstIndex(of: "<"), text.hasSuffix(">") { text = text[..<angle] }
        if text.hasPrefix("std::") { return nil }
        let components = text.split(separator: ":", omittingEmptySubsequences: true)
            .flatMap { $0.split(separator: ".", omittingEmptySubsequences: false) }
        guard let last = components.last, !components.contains(where: { !Self.isIdentifier($0) }),
              text.filter({ $0 == ":" }).count % 2 == 0 else { return nil }
        guard !Self.standardNames.contains(String(last)) else { return nil }
        return VendorName(written: replacement, lookup: .identifier(String(last)), field: .replacement)
    }

    /// The vendor names spelled in a note.
    func noteNames(_ note: String) -> [VendorName] {
        var found: [VendorName] = []
        let bytes = Array(note.utf8)
        var i = 0
        while i < bytes.count {
            guard bytes[i] < 0x80, Bytes.isIdentStart(bytes[i]), i == 0 || !Self.isNameByte(bytes[i - 1]) else { i += 1; continue }
            var end = i
            while end < bytes.count, Self.isNameByte(bytes[end]) || (bytes[end] == 58 && end + 1 < bytes.count && bytes[end + 1] == 58) {
                end += bytes[end] == 58 ? 2 : 1
            }
            // A sentence's full stop is not part of the name.
            while end > i, bytes[end - 1] == 46 || bytes[end - 1] == 58 { end -= 1 }
            let word = String(decoding: bytes[i..<end], as: UTF8.self)
            i = max(end, i + 1)
            guard !Self.stems.contains(word) else { continue }
            let isVendor = noteHeads.contains { word.hasPrefix($0) && word.count > $0.count }
                || (notePrefixes.contains { word.hasPrefix($0) } && !word.contains(".") && !word.contains(":"))
            guard isVendor, let name = replacementName(word) else { continue }
            found.append(VendorName(written: word, lookup: name.lookup, field: .note))
        }
        return found
    }

    /// ASCII only: a note's `…` or `→` ends a name.
    private static func isNameByte(_ b: UInt8) -> Bool { b < 0x80 && (Bytes.isIdentBody(b) || b == 46) }

    private static func isIdentifier(_ text: Substring) -> Bool {
        guard let first = text.utf8.first, Bytes.isIdentStart(first) else { return false }
        return text.utf8.allSatisfy(Bytes.isIdentBody)
    }
}
