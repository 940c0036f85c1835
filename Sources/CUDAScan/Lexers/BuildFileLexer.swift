/// Lexes CMake files, Makefiles and Dockerfiles as runs of words, skipping `#` comments,
/// and reports words the catalog may know under the `build:` namespace (and `docker:`, `pip:` in Dockerfiles).
public struct BuildFileLexer: SourceLexer {
    /// The build-file dialect, which decides comment and context rules.
    public enum Dialect: Sendable {
        /// `CMakeLists.txt`, `*.cmake`.
        case cmake
        /// `Makefile`, `*.mk`.
        case make
        /// `Dockerfile`, `Containerfile`.
        case docker
    }

    /// The dialect lexed.
    public let dialect: Dialect
    /// Bare library names that count only as arguments of a CMake link command, and never in a Makefile
    /// (see `LexerVocabulary.linkLibraries`).
    public let linkLibraries: Set<String>

    /// CMake commands whose arguments are libraries to link.
    static let linkCommands: Set<String> = ["target_link_libraries", "link_libraries"]

    /// Creates a lexer.
    public init(dialect: Dialect, linkLibraries: Set<String> = []) {
        self.dialect = dialect
        self.linkLibraries = linkLibraries
    }

    /// The candidates in `bytes`.
    public func candidates(in bytes: UnsafeBufferPointer<UInt8>) -> [Candidate] {
        var found: [Candidate] = []
        var i = 0, line = 1, lineStart = 0
        var command = ""          // CMake: the command whose arguments we are in
        var depth = 0
        var lineFirstWord = ""    // Dockerfile: the instruction of the current line
        var lastWord = ""
        while i < bytes.count {
            let b = bytes[i]
            if b == 10 {
                line += 1; i += 1; lineStart = i
                if dialect == .docker, i >= 2, bytes[i - 2] != 92 { lineFirstWord = "" }
                continue
            }
            if b == 35, i == lineStart || Bytes.isSpace(at(bytes, i - 1)) || at(bytes, i - 1) == 10 {
                if dialect == .cmake, at(bytes, i + 1) == 91, at(bytes, i + 2) == 91 || at(bytes, i + 2) == 61 {
                    i = skipBracket(bytes, from: i + 1, line: &line, lineStart: &lineStart)
                    continue
                }
                while i < bytes.count, bytes[i] != 10 { i += 1 }
                continue
            }
            if b == 40 { depth += 1; if depth == 1 { command = lastWord.lowercased() }; i += 1; continue }
            if b == 41 { depth = max(0, depth - 1); if depth == 0 { command = "" }; i += 1; continue }
            guard Self.isWordByte(b) else { i += 1; continue }
            let start = i
            // `NAME=value` splits at '=' (variables, ENV), but flags keep it (`-arch=sm_80`, `-rdc=true`).
            let isFlag = b == 45
            while i < bytes.count, Self.isWordByte(bytes[i]), isFlag || bytes[i] != 61 { i += 1 }
            if i == start { i += 1; continue }
            let word = Bytes.text(bytes, start, i)
            lastWord = word
            let isFirst = lineFirstWord.isEmpty
            if isFirst { lineFirstWord = word.uppercased() }
            let snippet = { Bytes.lineText(bytes, from: lineStart) }
            func add(_ symbol: String, _ key: String) {
                found.append(Candidate(symbol: symbol, key: key, line: line, column: start - lineStart + 1, snippet: snippet()))
            }
            if dialect == .docker, !isFirst, lineFirstWord == "FROM", !word.hasPrefix("-") {
                let image = word.split(separator: "@").first.map(String.init) ?? word
                let name = image.split(separator: ":", maxSplits: 1).first.map(String.init) ?? image
                add(word, "docker:" + name)
                if let tag = image.split(separator: ":", maxSplits: 1).dropFirst().first, tag.lowercased().contains("cuda") {
                    add(word, "docker:tag-cuda")
                }
                continue
            }
            if dialect == .docker {
                found.append(contentsOf: RequirementSpec.candidates(word, start: start, line: line, lineStart: lineStart, bytes: bytes))
            }
            guard Self.mayMatter(word) else { continue }
            if dialect == .cmake, command == "find_package" || command == "find_library" {
                // `find_library(VAR cudart)` looks for a library to link: the library's own entry answers for it.
                add(word, command == "find_library" && linkLibraries.contains(word) ? "build:" + word : "build:\(command)(\(word))")
                continue
            }
            if dialect == .cmake, word == "CUDA", command == "project" || command == "enable_language" {
                add(word, "build:enable_language(CUDA)")
                continue
            }
            if let arch = Self.archKey(word) { add(word, arch); continue }
            // A library's bare name outside a link command is a target name, a `MODEL cuda` argument, a folder; a
            // Makefile links with `-l` flags, so there a bare `cuda` is a variable's value or a directory.
            if dialect == .cmake, !Self.linkCommands.contains(command), linkLibraries.contains(depth == 0 ? word.lowercased() : word) {
                continue
            }
            if dialect == .make, linkLibraries.contains(word) { continue }
            if dialect == .docker, Self.looksLikePackage(word) {
                add(word, "docker:pkg:" + word)  // apt/yum package names in RUN lines
                continue
            }
            add(word, "build:" + (dialect == .cmake && depth == 0 ? word.lowercased() : word))
        }
        return found
    }

    /// Whether the word could be a CUDA build tie at all (cheap filter before any lookup).
    static func mayMatter(_ word: String) -> Bool {
        if word.hasPrefix("-") { return true }
        // On bytes, ASCII case folded (no other character lower-cases to these letters): a build file has a word
        // every few bytes, and Foundation's substring search per word showed in profiles of real trees.
        let bytes = Array(word.utf8)
        let needles: [StaticString] = ["cu", "nv", "sm_", "compute_", "nccl", "tensorrt"]
        return needles.contains { containsFolded(bytes, $0) }
    }

    /// Whether `bytes`, with ASCII letters lower-cased, contain `needle` (lower-case ASCII).
    static func containsFolded(_ bytes: [UInt8], _ needle: StaticString) -> Bool {
        firstOccurrence(of: needle, in: bytes, folded: true) != nil
    }

    /// Where `needle` first occurs in `bytes` (with ASCII letters lower-cased first when `folded`), or nil.
    static func firstOccurrence(of needle: StaticString, in bytes: [UInt8], folded: Bool) -> Int? {
        let n = needle.utf8CodeUnitCount
        guard bytes.count >= n else { return nil }
        let p = needle.utf8Start
        for start in 0...(bytes.count - n) {
            var k = 0
            while k < n {
                let b = bytes[start + k]
                if (folded && b >= 65 && b <= 90 ? b | 0x20 : b) != p[k] { break }
                k += 1
            }
            if k == n { return start }
        }
        return nil
    }

    /// Whether a Dockerfile word looks like a system package name (`cuda-toolkit-12-1`, `libcudnn8`).
    static func looksLikePackage(_ word: String) -> Bool {
        guard let first = word.utf8.first, (first >= 97 && first <= 122) || (first >= 48 && first <= 57) else { return false }
        return word.utf8.allSatisfy { ($0 >= 97 && $0 <= 122) || ($0 >= 48 && $0 <= 57) || $0 == 45 || $0 == 46 || $0 == 43 }
    }

    /// `build:sm_XX` for words naming an NVIDIA GPU architecture (`sm_80`, `-arch=sm_90a`, `compute_75`).
    static func archKey(_ word: String) -> String? {
        let bytes = Array(word.utf8)
        let markers: [StaticString] = ["sm_", "compute_"]
        for marker in markers {
            // Only the first occurrence of a marker counts, as with a substring search.
            guard let start = firstOccurrence(of: marker, in: bytes, folded: false) else { continue }
            let after = start + marker.utf8CodeUnitCount
            guard after < bytes.count else { continue }
            let isNumber = bytes[after] < 128 ? Bytes.isDigit(bytes[after])
                : String(decoding: bytes[after...], as: UTF8.self).first?.isNumber == true
            if isNumber { return "build:sm_XX" }
        }
        return nil
    }

    static func isWordByte(_ b: UInt8) -> Bool {
        Bytes.isIdentBody(b) || b == 45 || b == 46 || b == 47 || b == 58 || b == 43 || b == 61 || b == 64
    }

    private func at(_ bytes: UnsafeBufferPointer<UInt8>, _ k: Int) -> UInt8 { k >= 0 && k < bytes.count ? bytes[k] : 0 }

    /// Skips a CMake bracket comment `#[[…]]` / `#[=[…]=]` whose `[` is at `from`.
    private func skipBracket(_ bytes: UnsafeBufferPointer<UInt8>, from: Int, line: inout Int, lineStart: inout Int) -> Int {
        var k = from + 1
        var equals = 0
        while at(bytes, k) == 61 { equals += 1; k += 1 }
        guard at(bytes, k) == 91 else { return from }
        k += 1
        while k < bytes.count {
            if bytes[k] == 10 { line += 1; lineStart = k + 1 }
            if bytes[k] == 93 {
                var e = 0
                while at(bytes, k + 1 + e) == 61 { e += 1 }
                if e == equals, at(bytes, k + 1 + e) == 93 { return k + 2 + e }
            }
            k += 1
        }
        return k
    }
}
