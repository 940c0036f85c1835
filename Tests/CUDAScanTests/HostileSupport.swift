import Foundation
@testable import CUDAScan

/// SplitMix64, so every randomised case replays from its printed seed. Each test target that needs one has its own
/// copy (`KernelBench.SeededGenerator`, the UI tests' generators): test targets share no support module.
struct SplitMix64: RandomNumberGenerator {
    private(set) var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        let z = (state ^ (state >> 30)) &* 0xBF58_476D_1CE4_E5B9, y = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return y ^ (y >> 31)
    }

    /// A uniform integer in `0..<bound`.
    mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(max(1, bound))) }

    /// One element of a non-empty array.
    mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }

    /// The seed of case `index` of a suite seeded with `seed`.
    static func caseSeed(_ seed: UInt64, _ index: Int) -> UInt64 { seed &+ UInt64(index) &* 0xD1B5_4A32_D192_ED03 }
}

/// Hostile inputs for the lexers: arbitrary bytes, mutations of the shipped samples, and the checks every case must pass.
enum Hostile {
    /// The per-case bound: a hang detector for a debug build, not a speed test.
    static let caseLimit: Duration = .seconds(2)

    /// Bytes that break naive lexers: NUL, invalid UTF-8, an encoded lone surrogate, a BOM, CR, quotes, escapes.
    static let specials: [[UInt8]] = [
        [0], [0xFF], [0xC0], [0xED, 0xA0, 0x80], [0xEF, 0xBB, 0xBF], [13], [10], [13, 10], [92], [92, 10], [34], [39],
        [0xE2, 0x80, 0xAE], [0x1B, 0x5B, 0x33, 0x31, 0x6D], [0xF4, 0x90, 0x80, 0x80], [0x80], [9],
    ]

    /// Fragments of C, C++ and CUDA that open or close lexer states.
    static let cTokens = [
        "/*", "*/", "//", "\"", "'", "R\"x(", ")x\"", "u8R\"(", "\\\n", "#include <", "#include \"", "#define ", "#if 1\n",
        "<<<", ">>>", "asm volatile(", "__asm__(\"mov.u32", "cudaMalloc", "::", "thrust::", "0x1p-", "1'000", "operator<<<",
        "(", ")", "{", "}", "[", "]", "\n", "__global__ void k(", "cuFoo x;", "CUdevice cuDev = ", "->cudaX", "#",
    ]

    /// Fragments of Python that open or close lexer states.
    static let pythonTokens = [
        "\"\"\"", "'''", "f\"{", "f'{", "}", "rf'", "b\"", "import torch.cuda as tc\n", "from torch import (", "from . import ",
        "\\\n", ".cuda()", "'cuda:0'", "#", "(", "[", "{", ")", "]", "        ", ".", "is_cuda", "torch.cuda.", "tc.", "\n",
        ";import numba.cuda as nc", "{{", "'nccl'", " as ",
    ]

    /// Fragments of notebook JSON.
    static let jsonTokens = [
        "{", "}", "[", "]", "\"", "\\u", "\\ud800", "\\udc00", "\\", "\"cells\":", "\"source\":", "\"cell_type\": \"code\"",
        ",", ":", "\n", "null", "1e400",
    ]

    /// Fragments of CMake files, Makefiles, Dockerfiles and dependency lists.
    static let buildTokens = [
        "#[[", "]]", "#[==[", "]==]", "(", ")", "\\\n", "FROM ", "nvidia/cuda:12.1-devel", "-arch=sm_", "find_package(",
        "--extra-index-url ", "+cu", "\"", "'", "[", "]", "= [", "#", "=", "-", " ", "\n", "cupy-cuda12x",
    ]

    /// The shipped sample files by extension-derived language, read once.
    static let samples: [(path: String, bytes: [UInt8])] = {
        let root = TestSupport.samplesDirectory
        let paths = (FileManager.default.enumerator(atPath: root.path)?.allObjects as? [String] ?? []).sorted()
        return paths.compactMap { path in
            guard let data = FileManager.default.contents(atPath: root.appendingPathComponent(path).path), !data.isEmpty
            else { return nil }
            return (path, [UInt8](data))
        }
    }()

    /// Samples of one language.
    static func samples(_ languages: Set<Language>) -> [[UInt8]] {
        samples.filter { sample in
            Language.detect(fileName: String(sample.path.split(separator: "/").last ?? "")).map(languages.contains) ?? false
        }.map(\.bytes)
    }

    /// One hostile case: arbitrary bytes, or a sample mutated with flips, truncation, splices and inserted fragments.
    static func generate(_ rng: inout SplitMix64, seeds: [[UInt8]], tokens: [String]) -> [UInt8] {
        let base = seeds.isEmpty ? [] : rng.pick(seeds)
        switch rng.below(8) {
        case 0:  // arbitrary bytes, specials mixed in
            var out: [UInt8] = []
            for _ in 0..<rng.below(2048) {
                if rng.below(8) == 0 { out += rng.pick(specials) } else { out.append(UInt8(truncatingIfNeeded: rng.next())) }
            }
            return out
        case 1:  // truncated at a random point
            return Array(base.prefix(rng.below(base.count + 1)))
        case 2:  // a splice of two samples
            let other = seeds.isEmpty ? [] : rng.pick(seeds)
            return Array(base.prefix(rng.below(base.count + 1))) + Array(other.suffix(rng.below(other.count + 1)))
        case 3:  // CR-only line ends, behind a BOM
            return [0xEF, 0xBB, 0xBF] + base.map { $0 == 10 ? 13 : $0 }
        case 4:  // one fragment repeated many times (deep nesting, long runs)
            let token = Array(rng.pick(tokens).utf8)
            let count = 1 + rng.below(4000)
            return Array(base.prefix(rng.below(base.count + 1))) + Array(repeating: token, count: count).flatMap { $0 }
        default:  // byte flips, specials and fragments at random places
            var out = base
            for _ in 0..<(1 + rng.below(24)) {
                let at = rng.below(out.count + 1)
                switch rng.below(3) {
                case 0 where !out.isEmpty && at < out.count: out[at] ^= UInt8(1 << rng.below(8))
                case 1: out.insert(contentsOf: rng.pick(specials), at: at)
                default: out.insert(contentsOf: Array(rng.pick(tokens).utf8), at: at)
                }
            }
            return out
        }
    }

    /// Lexes `bytes` and returns what is wrong (nil when the lexer returned in time with every location in the input).
    /// Every lexer, notebooks included, places candidates at a line and column of the input itself.
    static func problem(lexing bytes: [UInt8], with lexer: any SourceLexer,
                        limit: Duration = caseLimit) -> String? {
        var result = LexResult(candidates: [])
        let used = cpuTime {
            result = bytes.withUnsafeBufferPointer { lexer.lex($0, interner: SymbolInterner()) }
        }
        if used > limit { return "took \(used) of CPU for \(bytes.count) bytes (limit \(limit))" }
        let lineLengths = lineLengths(bytes)
        for candidate in result.candidates {
            guard candidate.line >= 1, candidate.line <= lineLengths.count else {
                return "\(candidate.symbol) at line \(candidate.line) of \(lineLengths.count)"
            }
            guard candidate.column >= 1, candidate.column <= lineLengths[candidate.line - 1] + 1 else {
                return "\(candidate.symbol) at \(candidate.line):\(candidate.column), line length \(lineLengths[candidate.line - 1])"
            }
        }
        return nil
    }

    /// The byte length of every `\n`-separated line.
    static func lineLengths(_ bytes: [UInt8]) -> [Int] {
        var lengths: [Int] = []
        var start = 0
        for (index, byte) in bytes.enumerated() where byte == 10 {
            lengths.append(index - start)
            start = index + 1
        }
        lengths.append(bytes.count - start)
        return lengths
    }

    /// The CPU time one lex of `bytes` takes (the best of two runs).
    static func cpuTime(lexing bytes: [UInt8], with lexer: any SourceLexer) -> Duration {
        let runs = (0..<2).map { _ in
            cpuTime { _ = bytes.withUnsafeBufferPointer { lexer.lex($0, interner: SymbolInterner()) } }
        }
        return runs.min() ?? .zero
    }

    /// The CPU time the calling thread spends in `work`. A lexer runs on the calling thread alone, and unlike the
    /// wall clock this time does not grow while other tests or processes hold the cores, so a bound on it tells a
    /// hang or quadratic work from a busy machine.
    static func cpuTime(_ work: () -> Void) -> Duration {
        func now() -> Duration {
            var time = timespec()
            clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
            return .seconds(time.tv_sec) + .nanoseconds(time.tv_nsec)
        }
        let start = now()
        work()
        return now() - start
    }
}
