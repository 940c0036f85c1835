import CUDAScan
import Foundation

/// The fuzz target for the C/C++/CUDA and Python lexers: every input goes through both, and a lexer that crashes,
/// reports a finding outside the input, or takes longer than `caseLimit` stops the run with the input saved.
///
/// Built two ways (see `Scripts/fuzz-lexers.sh`): with `-sanitize=fuzzer,address -DLIBFUZZER`, libFuzzer drives
/// `LLVMFuzzerTestOneInput` with coverage feedback; in a plain build, `lexer-fuzz --seconds N --seed S` mutates the
/// sample corpus itself for a bounded time (no coverage feedback) and prints the executions.
enum LexerFuzz {
    /// The package root, from this file's place in it (the fuzzer is a development tool run from a checkout).
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The lexers under test, configured from the shipped catalog.
    static let lexers: [(name: String, lexer: any SourceLexer)] = {
        let catalog: Catalog
        do {
            catalog = try Catalog.load(directories: [packageRoot.appendingPathComponent("Data/catalog")])
        } catch {
            FileHandle.standardError.write(Data("lexer-fuzz: \(error)\n".utf8))
            exit(2)
        }
        return [("cuda", Language.cuda.lexer(catalog: catalog)), ("cpp", Language.cpp.lexer(catalog: catalog)),
                ("python", Language.python.lexer(catalog: catalog))]
    }()

    /// Longest one input may take in one lexer before it counts as a hang (inputs are at most a few hundred KB).
    static let caseLimit: Duration = .seconds(1)

    /// Lexes `bytes` with every lexer; the reason it fails, or nil.
    static func check(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        var lineLengths: [Int] = []
        var start = 0
        for index in 0..<bytes.count where bytes[index] == 10 {
            lineLengths.append(index - start)
            start = index + 1
        }
        lineLengths.append(bytes.count - start)
        let clock = ContinuousClock()
        for (name, lexer) in lexers {
            var result = LexResult(candidates: [])
            let elapsed = clock.measure { result = lexer.lex(bytes) }
            if elapsed > caseLimit { return "\(name): \(elapsed) for \(bytes.count) bytes" }
            for c in result.candidates {
                guard c.line >= 1, c.line <= lineLengths.count, c.column >= 1, c.column <= lineLengths[c.line - 1] + 1 else {
                    return "\(name): '\(c.symbol)' at \(c.line):\(c.column) outside the input"
                }
            }
        }
        return nil
    }

    /// The seed corpus: the C, C++, CUDA and Python files of `Data/samples`.
    static func corpus() -> [[UInt8]] {
        let root = packageRoot.appendingPathComponent("Data/samples")
        let paths = (FileManager.default.enumerator(atPath: root.path)?.allObjects as? [String] ?? []).sorted()
        return paths.filter { path in [".cu", ".cpp", ".h", ".py"].contains { path.hasSuffix($0) } }
            .compactMap { FileManager.default.contents(atPath: root.appendingPathComponent($0).path).map { [UInt8]($0) } }
    }
}

#if LIBFUZZER
/// libFuzzer's entry point: one input, through every lexer; a broken promise aborts so libFuzzer saves the input.
@_cdecl("LLVMFuzzerTestOneInput")
public func lexerFuzzTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    if let problem = LexerFuzz.check(UnsafeBufferPointer(start: data, count: data == nil ? 0 : size)) {
        fatalError("lexer-fuzz: \(problem)")
    }
    return 0
}

/// libFuzzer's driver, which parses its flags (`-max_total_time`, corpus directories) and runs the loop.
@_silgen_name("LLVMFuzzerRunDriver")
func llvmFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ test: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt

/// The program's entry: SwiftPM links an executable target's `main` to `<module>_main`, which libFuzzer's own `main`
/// cannot stand in for, so this entry hands the command line to libFuzzer's driver.
@_cdecl("lexer_fuzz_main")
public func lexerFuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var count = argc
    var arguments = argv
    return llvmFuzzerRunDriver(&count, &arguments) { data, size in lexerFuzzTestOneInput(data, size) }
}
#else
/// `lexer-fuzz --seconds N --seed S`: mutates the sample corpus for N seconds and prints executions and exec/s.
@main
struct LexerFuzzMain {
    static func main() {
        var seconds = 60.0, seed: UInt64 = 1
        var arguments = CommandLine.arguments.dropFirst()
        while let flag = arguments.popFirst() {
            switch (flag, arguments.popFirst()) {
            case ("--seconds", let value?) where Double(value).map({ $0 > 0 }) == true: seconds = Double(value)!
            case ("--seed", let value?) where UInt64(value) != nil: seed = UInt64(value)!
            default:
                FileHandle.standardError.write(Data("usage: lexer-fuzz [--seconds N] [--seed S]\n".utf8))
                exit(64)
            }
        }
        let corpus = LexerFuzz.corpus()
        var mutator = Mutator(seed: seed)
        let clock = ContinuousClock()
        let deadline = clock.now + .milliseconds(Int64(seconds * 1000))
        var executions = 0
        while clock.now < deadline {
            let input = mutator.mutate(corpus)
            if let problem = input.withUnsafeBufferPointer(LexerFuzz.check) {
                let path = "lexer-fuzz-failure-\(seed)-\(executions).bin"
                _ = FileManager.default.createFile(atPath: path, contents: Data(input))
                print("lexer-fuzz: FAILED after \(executions) executions (seed \(seed)): \(problem); input saved to \(path)")
                exit(1)
            }
            executions += 1
        }
        let rate = Double(executions) / seconds
        print("lexer-fuzz: \(executions) executions in \(seconds) s (\(Int(rate)) exec/s), seed \(seed), no failures")
    }
}
#endif
