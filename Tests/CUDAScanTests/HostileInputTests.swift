import Foundation
import Testing
@testable import CUDAScan

/// Randomised and worst-case inputs for every lexer: each returns in time with every finding inside the input.
/// A failure prints the suite seed and the case index; `SplitMix64.caseSeed(seed, index)` replays it.
@Suite("Hostile input: lexers")
struct HostileInputTests {
    static let vocabulary = TestSupport.catalog.vocabulary

    /// Runs `count` generated cases through `lexers` (picked per case) and records the first few failures.
    func randomised(_ name: String, seed: UInt64, count: Int, lexers: [any SourceLexer], seeds: [[UInt8]], tokens: [String],
                    wrap: ([UInt8]) -> [UInt8] = { $0 }) {
        var failures = 0
        for index in 0..<count {
            var rng = SplitMix64(seed: SplitMix64.caseSeed(seed, index))
            let lexer = lexers[index % lexers.count]
            let input = wrap(Hostile.generate(&rng, seeds: seeds, tokens: tokens))
            if let problem = Hostile.problem(lexing: input, with: lexer) {
                Issue.record("\(name): seed \(seed) case \(index) (\(type(of: lexer))): \(problem)")
                failures += 1
                if failures >= 5 { return }
            }
        }
        print("hostile-input: \(name): \(count) randomised cases, seed \(seed)")
    }

    @Test("C, C++ and CUDA: 3,000 random and mutated files")
    func cFamily() {
        randomised("c-family", seed: 0xC0DE_0001, count: 3000,
                   lexers: [CFamilyLexer(vocabulary: Self.vocabulary, isCUDASource: true),
                            CFamilyLexer(vocabulary: Self.vocabulary, isCUDASource: false)],
                   seeds: Hostile.samples([.cuda, .cpp]), tokens: Hostile.cTokens)
    }

    @Test("Python: 3,000 random and mutated files")
    func python() {
        randomised("python", seed: 0xC0DE_0002, count: 3000, lexers: [PythonLexer(vocabulary: Self.vocabulary)],
                   seeds: Hostile.samples([.python]), tokens: Hostile.pythonTokens)
    }

    @Test("Notebooks: 1,500 mutated notebook documents")
    func notebook() {
        let cells = Hostile.samples([.python]).map { sample -> String in
            let lines = String(decoding: sample, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
            let source = lines.map { line -> String in
                var quoted = ""
                for scalar in (line + "\n").unicodeScalars {
                    switch scalar {
                    case "\"": quoted += "\\\""
                    case "\\": quoted += "\\\\"
                    case "\n": quoted += "\\n"
                    case "\t": quoted += "\\t"
                    default: quoted.unicodeScalars.append(scalar)
                    }
                }
                return "    \"\(quoted)\""
            }.joined(separator: ",\n")
            return "  {\"cell_type\": \"code\", \"metadata\": {}, \"source\": [\n\(source)\n  ]}"
        }
        let notebook = Array("{\"cells\": [\n\(cells.joined(separator: ",\n"))\n], \"nbformat\": 4}\n".utf8)
        randomised("notebook", seed: 0xC0DE_0003, count: 1500,
                   lexers: [NotebookLexer(python: PythonLexer(vocabulary: Self.vocabulary))],
                   seeds: [notebook], tokens: Hostile.jsonTokens)
    }

    @Test("CMake, Makefiles and Dockerfiles: 1,500 random and mutated files")
    func buildFiles() {
        randomised("build-files", seed: 0xC0DE_0004, count: 1500,
                   lexers: [BuildFileLexer(dialect: .cmake), BuildFileLexer(dialect: .make), BuildFileLexer(dialect: .docker)],
                   seeds: Hostile.samples([.cmake, .dockerfile, .make]), tokens: Hostile.buildTokens)
    }

    @Test("Requirements and pyproject.toml: 1,000 random and mutated files")
    func requirements() {
        randomised("requirements", seed: 0xC0DE_0005, count: 1000,
                   lexers: [RequirementsLexer(isTOML: false), RequirementsLexer(isTOML: true)],
                   seeds: Hostile.samples([.requirements]), tokens: Hostile.buildTokens)
    }

    /// Worst cases by construction: each must pass the checks, and growing it eightfold must not cost much more than
    /// eightfold time (quadratic work would cost 64 times as much).
    static let worstCases: [(name: String, language: Language, make: @Sendable (Int) -> String)] = [
        ("one long line of calls", .cuda, { String(repeating: "cudaMalloc(&p, n); ", count: $0 / 19) }),
        ("a long identifier, then launches", .cuda,
         { String(repeating: "a", count: $0 / 2) + String(repeating: "<<<", count: $0 / 6) }),
        ("nested #if", .cpp, { String(repeating: "#if X\n", count: $0 / 6) + "cudaFree(p);\n" }),
        ("nested parentheses", .cpp, { String(repeating: "(", count: $0) }),
        ("nested brackets and braces", .python, { String(repeating: "[{", count: $0 / 2) }),
        ("an unterminated comment", .cuda, { "/*" + String(repeating: "cudaMalloc\n", count: $0 / 11) }),
        ("an unterminated raw string", .cpp, { "R\"x(" + String(repeating: ")y\" cudaFree\n", count: $0 / 13) }),
        ("an unterminated string", .cpp, { "\"" + String(repeating: "\\\"cudaFree", count: $0 / 10) }),
        ("asm without its closing parenthesis", .cuda, { "asm volatile(" + String(repeating: "\"mov.u32\" (", count: $0 / 11) }),
        ("an unterminated triple quote", .python, { "\"\"\"" + String(repeating: "torch.cuda.x()\n", count: $0 / 15) }),
        ("many imports", .python, { (0..<($0 / 28)).map { "import torch.cuda as t\($0)\n" }.joined() }),
        ("a parenthesised import over many lines", .python,
         { "from torch import (\n" + (0..<($0 / 12)).map { "    cuda\($0),\n" }.joined() + ")\n" }),
        ("aliases, then f-string fields", .python,
         { (0..<($0 / 60)).map { "import torch.cuda as t\($0)\n" }.joined()
             + String(repeating: "f\"{t1.synchronize()}\"\n", count: $0 / 44) }),
        ("deep indentation", .python, { String(repeating: String(repeating: " ", count: 5000) + "x.cuda()\n", count: $0 / 5009) }),
        ("a leading attribute", .python, { ".cuda()" + String(repeating: ".cuda()", count: $0 / 7) }),
        ("CMake brackets", .cmake, { "#[==[" + String(repeating: "]=] ]] find_package(CUDA)\n", count: $0 / 27) }),
        ("a long requirement line", .requirements, { String(repeating: "--extra-index-url https://x/whl/cu121 ", count: $0 / 38) }),
        ("a notebook cell in one escaped string", .notebook,
         { "{\"cells\": [{\"cell_type\": \"code\", \"source\": \""
             + String(repeating: "x = \\\"a\\\" + torch.cuda.current_device()\\n", count: $0 / 44) + "\"}]}" }),
        ("a notebook cell of many one-line strings", .notebook,
         { "{\"cells\": [{\"cell_type\": \"code\", \"source\": [\n"
             + String(repeating: "  \"torch.cuda.synchronize()\\n\",\n", count: $0 / 34) + "  \"\"\n]}]}" }),
    ]

    /// Serialized, timed in the lexing thread's CPU time, and with a 10 s bound for 1 MB inputs: while other tests
    /// share two cores the figures must still tell a hang or quadratic work (seconds to minutes here) from a busy
    /// machine.
    @Test("worst cases finish in time, roughly linearly", .serialized, arguments: 0..<worstCases.count)
    func worstCase(_ index: Int) {
        let (name, language, make) = Self.worstCases[index]
        let lexer = language.lexer(catalog: TestSupport.catalog)
        let small = Array(make(128 << 10).utf8), large = Array(make(1 << 20).utf8)
        for input in [small, large] {
            if let problem = Hostile.problem(lexing: input, with: lexer, limit: .seconds(10)) { Issue.record("\(name): \(problem)") }
        }
        let tSmall = Hostile.cpuTime(lexing: small, with: lexer), tLarge = Hostile.cpuTime(lexing: large, with: lexer)
        #expect(tLarge <= tSmall * 24 + .milliseconds(50), "\(name): \(small.count) bytes in \(tSmall) of CPU, \(large.count) bytes in \(tLarge)")
    }

    @Test("a multi-line parenthesised import reports each name on its own line")
    func multiLineImportLocations() {
        let found = TestSupport.scan("from torch import (\n    nn,\n    cuda,\n)\n", path: "a.py")
        let cuda = found.first { $0.symbol == "cuda" }
        #expect(cuda?.line == 3 && cuda?.column == 5, "\(found.map { "\($0.symbol)@\($0.line):\($0.column)" })")
    }
}
