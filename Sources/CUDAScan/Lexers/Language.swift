/// The languages the scanner lexes, chosen from a file's name.
public enum Language: String, Sendable, Codable, CaseIterable {
    /// CUDA source (`.cu`, `.cuh`).
    case cuda
    /// C or C++ source and headers.
    case cpp
    /// Python source.
    case python
    /// Jupyter notebooks.
    case notebook
    /// CMake files.
    case cmake
    /// Makefiles.
    case make
    /// Dockerfiles.
    case dockerfile
    /// Python dependency lists (requirements files, conda environments).
    case requirements
    /// `pyproject.toml` dependency tables.
    case pyproject

    /// The language of a file, from its name, or nil when the scanner does not read it.
    public static func detect(fileName: String) -> Language? {
        let lower = fileName.lowercased()
        if lower == "cmakelists.txt" || lower.hasSuffix(".cmake") { return .cmake }
        if lower == "makefile" || lower == "gnumakefile" || lower.hasSuffix(".mk") || lower.hasSuffix(".mak") { return .make }
        if lower == "dockerfile" || lower == "containerfile" || lower.hasPrefix("dockerfile.") || lower.hasSuffix(".dockerfile") {
            return .dockerfile
        }
        if lower == "pyproject.toml" { return .pyproject }
        if lower == "environment.yml" || lower == "environment.yaml"
            || (lower.hasPrefix("requirements") && (lower.hasSuffix(".txt") || lower.hasSuffix(".in")))
            || lower == "constraints.txt" {
            return .requirements
        }
        guard let dot = lower.lastIndex(of: ".") else { return nil }
        switch lower[lower.index(after: dot)...] {
        case "cu", "cuh": return .cuda
        case "c", "cc", "cpp", "cxx", "c++", "h", "hh", "hpp", "hxx", "h++", "inl", "inc", "ipp", "tpp": return .cpp
        case "py", "pyi", "pyx", "pxd": return .python
        case "ipynb": return .notebook
        default: return nil
        }
    }

    /// The lexer for this language, configured from the catalog; without `snippets`, the source lexers leave every
    /// candidate's snippet empty.
    public func lexer(catalog: Catalog, snippets: Bool = true) -> any SourceLexer {
        switch self {
        case .cuda: return CFamilyLexer(vocabulary: catalog.vocabulary, isCUDASource: true, snippets: snippets)
        case .cpp: return CFamilyLexer(vocabulary: catalog.vocabulary, isCUDASource: false, snippets: snippets)
        case .python: return PythonLexer(vocabulary: catalog.vocabulary, snippets: snippets)
        case .notebook: return NotebookLexer(python: PythonLexer(vocabulary: catalog.vocabulary, snippets: snippets))
        case .cmake: return BuildFileLexer(dialect: .cmake, linkLibraries: catalog.vocabulary.linkLibraries)
        case .make: return BuildFileLexer(dialect: .make, linkLibraries: catalog.vocabulary.linkLibraries)
        case .dockerfile: return BuildFileLexer(dialect: .docker)
        case .requirements: return RequirementsLexer(isTOML: false)
        case .pyproject: return RequirementsLexer(isTOML: true)
        }
    }
}
