import Foundation

/// The names a reference tree declares or uses: every identifier in the code of its C/C++ headers and sources
/// (comments, string and character literals left out), every identifier in its Python code and in the Python strings
/// that are one identifier (`__all__` lists), the operators its op-plugin YAML executes (`exec: aclnnAbs, …`), and
/// the relative paths of its headers, and the words of its CMake files (library and target names).
///
/// Used by `catalog verify` to check that each vendor name the catalog writes is one the vendor's own headers
/// declare (AscendCL, HCCL, Ascend C) or its own integration calls (aclnn operators in op-plugin).
public struct DeclarationIndex: Sendable {
    /// Identifiers seen in code.
    public private(set) var names: Set<String> = []
    /// Header paths relative to each tree's root (`acl/acl_rt.h`, `aclnnop/aclnn_add.h`, …).
    public private(set) var headerPaths: Set<String> = []
    /// Files read, by kind.
    public private(set) var filesRead = (c: 0, python: 0, yaml: 0, cmake: 0)

    /// An empty index.
    public init() {}

    /// Reads every C/C++, Python and YAML file under `roots` (symbolic links are not followed).
    public init(roots: [URL]) throws(VerificationError) {
        for root in roots { try add(root: root) }
    }

    /// Whether `name` is declared or used in the trees.
    public func contains(_ name: String) -> Bool { names.contains(name) }

    /// Whether a header whose path ends with `path` (as a whole path component sequence) is in the trees.
    public func containsHeader(_ path: String) -> Bool {
        if headerPaths.contains(path) { return true }
        let suffix = "/" + path
        return headerPaths.contains { $0.hasSuffix(suffix) }
    }

    static let cExtensions: Set<String> = ["h", "hh", "hpp", "hxx", "inc", "c", "cc", "cpp", "cxx", "cu", "cuh", "asc"]
    static let headerExtensions: Set<String> = ["h", "hh", "hpp", "hxx", "inc", "cuh"]

    private mutating func add(root: URL) throws(VerificationError) {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root.path, isDirectory: &isDirectory) else {
            throw .missingTree(path: root.path)
        }
        guard isDirectory.boolValue else { throw .notADirectory(path: root.path) }
        guard let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey],
                                                          options: [.skipsPackageDescendants]) else {
            throw .missingTree(path: root.path)
        }
        let rootPath = root.standardizedFileURL.path
        for case let url as URL in walker {
            let ext = url.pathExtension.lowercased()
            let isC = Self.cExtensions.contains(ext), isPython = ext == "py" || ext == "pyi", isYAML = ext == "yaml" || ext == "yml"
            let isCMake = ext == "cmake" || url.lastPathComponent == "CMakeLists.txt"
            guard isC || isPython || isYAML || isCMake,
                  (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true,
                  let data = FileManager.default.contents(atPath: url.path) else { continue }
            let bytes = [UInt8](data)
            if isC {
                DeclarationTokenizer.cIdentifiers(in: bytes) { names.insert($0) }
                filesRead.c += 1
                if Self.headerExtensions.contains(ext) {
                    let path = url.standardizedFileURL.path
                    if path.hasPrefix(rootPath + "/") { headerPaths.insert(String(path.dropFirst(rootPath.count + 1))) }
                }
            } else if isPython {
                DeclarationTokenizer.pythonIdentifiers(in: bytes) { names.insert($0) }
                filesRead.python += 1
            } else if isCMake {
                // `#` comments and quoted strings, as in Python; the words left are commands, targets and libraries.
                DeclarationTokenizer.pythonIdentifiers(in: bytes) { names.insert($0) }
                filesRead.cmake += 1
            } else {
                DeclarationTokenizer.executedOperators(inYAML: bytes) { names.insert($0) }
                filesRead.yaml += 1
            }
        }
    }
}
