/// The coverage-free mutator of the plain `lexer-fuzz` build: corpus files with bit flips, cuts, splices and
/// fragments that open lexer states (comments, strings, raw strings, f-strings, nesting), from a SplitMix64 stream.
struct Mutator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    static let fragments: [[UInt8]] = [
        "/*", "*/", "//", "\"", "'", "R\"x(", ")x\"", "\\\n", "#include <", "#define ", "#if 1\n", "<<<", ">>>", "asm(",
        "cudaMalloc", "::", "\"\"\"", "'''", "f\"{", "}", "import torch.cuda as t\n", "from torch import (", ".cuda()",
        "'cuda:0'", "(", "[", "{", "\n", "\r", "\0", "\u{FEFF}", "\u{202E}",
    ].map { Array($0.utf8) } + [[0xFF], [0xC0, 0x80], [0xED, 0xA0, 0x80]]

    mutating func random(_ bound: Int) -> Int {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = (state ^ (state >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return Int((z ^ (z >> 31)) % UInt64(max(1, bound)))
    }

    /// One input: a corpus file changed in one to sixteen places, or a run of one fragment.
    mutating func mutate(_ corpus: [[UInt8]]) -> [UInt8] {
        var bytes = corpus.isEmpty ? [] : corpus[random(corpus.count)]
        for _ in 0...random(16) {
            let at = random(bytes.count + 1)
            switch random(6) {
            case 0 where at < bytes.count: bytes[at] ^= UInt8(1 << random(8))
            case 1: bytes.removeSubrange(at..<min(bytes.count, at + random(64)))
            case 2: bytes = Array(bytes.prefix(at))
            case 3 where !corpus.isEmpty:
                let other = corpus[random(corpus.count)]
                bytes.insert(contentsOf: other.prefix(random(other.count + 1)), at: at)
            case 4: bytes.insert(contentsOf: Array(repeating: Self.fragments[random(Self.fragments.count)], count: 1 + random(2000)).joined(), at: at)
            default: bytes.insert(contentsOf: Self.fragments[random(Self.fragments.count)], at: at)
            }
        }
        return bytes
    }
}
