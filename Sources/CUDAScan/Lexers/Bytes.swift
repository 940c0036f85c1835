/// Helpers shared by the lexers.
enum Bytes {
    /// The text of the line starting at `start`, trimmed and capped at 240 bytes; invalid UTF-8 is repaired.
    static func lineText(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> String {
        let (s, e) = lineRange(bytes, from: start)
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[s..<e]), as: UTF8.self)
    }

    /// The byte range of `lineText(_:from:)`: the line, trimmed, cut at 240 bytes.
    static func lineRange(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> (Int, Int) {
        var end = start
        while end < bytes.count, bytes[end] != 10, end - start < 240 { end += 1 }
        var s = start
        while s < end, bytes[s] == 32 || bytes[s] == 9 { s += 1 }
        var e = end
        while e > s, bytes[e - 1] == 32 || bytes[e - 1] == 9 || bytes[e - 1] == 13 { e -= 1 }
        return (s, e)
    }

    /// The bytes `start..<end` as a string (invalid UTF-8 repaired).
    static func text(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
    }

    @inline(__always) static func isIdentStart(_ b: UInt8) -> Bool {
        (b >= 97 && b <= 122) || (b >= 65 && b <= 90) || b == 95 || b >= 128
    }

    /// Letters, digits, `_`, `$` and every non-ASCII byte, as two 64-bit masks.
    @inline(__always) static func isIdentBody(_ b: UInt8) -> Bool {
        if b >= 128 { return true }
        let low: UInt64 = 0x03FF_0010_0000_0000   // '$' and '0'…'9'
        let high: UInt64 = 0x07FF_FFFE_87FF_FFFE  // 'A'…'Z', '_', 'a'…'z'
        return b < 64 ? (low >> UInt64(b)) & 1 != 0 : (high >> UInt64(b &- 64)) & 1 != 0
    }

    /// One byte per byte value: 1 for identifier bodies (as `isIdentBody`), else 0. A table load is about half
    /// the instructions of the range tests, and identifier bodies are most of the bytes a lexer reads. Written once,
    /// before any read, and never again.
    nonisolated(unsafe) static let identBodyTable: UnsafePointer<UInt8> = {
        let table = UnsafeMutablePointer<UInt8>.allocate(capacity: 256)
        for b in 0..<256 { table[b] = isIdentBody(UInt8(b)) ? 1 : 0 }
        return UnsafePointer(table)
    }()

    /// What a lexer's main loop does with a byte before its switch, by `ByteClass.table(blanks:specials:)`.
    enum ByteClass {
        /// Blanks: skipped (and a C `#` after them still starts a directive).
        static let blank: UInt8 = 0
        /// Bytes with no meaning to the lexer beyond ending the start of a line or statement.
        static let punctuation: UInt8 = 1
        /// Letters, `_` and non-ASCII bytes.
        static let identifierStart: UInt8 = 2
        /// Bytes the lexer's switch decides on.
        static let special: UInt8 = 3

        /// A table of the class of every byte value. Built once per lexer kind, never written after.
        static func table(blanks: [UInt8], specials: [UInt8]) -> UnsafePointer<UInt8> {
            let table = UnsafeMutablePointer<UInt8>.allocate(capacity: 256)
            for b in 0..<256 {
                let byte = UInt8(b)
                table[b] = blanks.contains(byte) ? blank : specials.contains(byte) ? special
                    : isIdentStart(byte) ? identifierStart : punctuation
            }
            return UnsafePointer(table)
        }
    }

    /// The C lexer's byte classes: newline, `\\`, `/`, quotes, `#`, `<` and digits go to its switch.
    nonisolated(unsafe) static let cByteClasses = ByteClass.table(blanks: [32, 9, 13, 12, 11],
                                                                  specials: [10, 92, 47, 34, 39, 35, 60] + Array(48...57))

    /// The Python lexer's byte classes: newline, `\\`, `#`, quotes, `;`, brackets and `.` go to its switch.
    nonisolated(unsafe) static let pythonByteClasses = ByteClass.table(blanks: [32, 9, 13, 12],
                                                                       specials: [10, 92, 35, 34, 39, 59, 40, 91, 123, 41, 93, 125, 46])

    /// The first position from `start` in steps of eight bytes whose word holds `a`, `b` or `c` (or has fewer than
    /// eight bytes left): every byte before it is none of the three.
    @inline(__always)
    static func skipWordsWithout(_ a: UInt8, _ b: UInt8, _ c: UInt8, in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        guard let base = bytes.baseAddress else { return start }
        let raw = UnsafeRawPointer(base)
        let ones: UInt64 = 0x0101_0101_0101_0101, high: UInt64 = 0x8080_8080_8080_8080
        // A word holds the byte `x` when `word ^ x·ones` has a zero byte; this zero-byte test is exact as a yes or no.
        @inline(__always) func holds(_ word: UInt64, _ x: UInt8) -> Bool {
            let v = word ^ (UInt64(x) &* ones)
            return (v &- ones) & ~v & high != 0
        }
        var k = start
        while k + 8 <= bytes.count {
            let word = raw.loadUnaligned(fromByteOffset: k, as: UInt64.self)
            if holds(word, a) || holds(word, b) || holds(word, c) { break }
            k += 8
        }
        return k
    }

    /// The end of the identifier body that starts at `start` (`start` itself when none does).
    /// Eight bytes a step while eight remain (`nonIdentifierBytes`), so the usual identifier costs one step and no
    /// mispredicted loop exit; the last few bytes of a buffer go through `table` (`identBodyTable`, passed in: reading
    /// a static property checks its one-time initialisation on every call).
    @inline(__always)
    static func identifierEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, table: UnsafePointer<UInt8>) -> Int {
        guard let base = bytes.baseAddress else { return start }
        let n = bytes.count
        var k = start
        let raw = UnsafeRawPointer(base)
        while k + 8 <= n {
            let stops = nonIdentifierBytes(raw.loadUnaligned(fromByteOffset: k, as: UInt64.self))
            if stops != 0 { return k + stops.trailingZeroBitCount >> 3 }
            k += 8
        }
        while k < n, table[Int(base[k])] != 0 { k += 1 }
        return k
    }

    /// The high bit of each byte of `word` that is not an identifier body byte (`isIdentBody`), all other bits clear.
    /// Per byte, on its low seven bits `v` (so no sum carries into the next byte): `v + (0x80 - lo)` has its high bit
    /// set when `v >= lo`, and `v + (0x7F - hi)` when `v > hi`.
    @inline(__always)
    static func nonIdentifierBytes(_ word: UInt64) -> UInt64 {
        let high: UInt64 = 0x8080_8080_8080_8080
        let ones: UInt64 = 0x0101_0101_0101_0101
        let v = word & ~high
        let folded = v | (0x20 &* ones)  // 'A'…'Z' onto 'a'…'z'
        let digit = (v &+ (0x80 - 0x30) &* ones) & ~(v &+ (0x7F - 0x39) &* ones)
        let letter = (folded &+ (0x80 - 0x61) &* ones) & ~(folded &+ (0x7F - 0x7A) &* ones)
        let underscore = ~((v ^ (0x5F &* ones)) &+ (0x7F &* ones))
        let dollar = ~((v ^ (0x24 &* ones)) &+ (0x7F &* ones))
        let body = word | digit | letter | underscore | dollar  // `word`: bytes >= 0x80 are identifier bodies
        return ~body & high
    }

    /// A multiply-xorshift hash of `bytes[start..<end]`, eight bytes a step. The last partial word is one load
    /// masked to its bytes when the buffer has eight bytes from there (identifiers are mostly under eight bytes, and
    /// assembling them byte by byte cost more than the multiplies), else assembled byte by byte: the same value.
    @inline(__always)
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> UInt64 {
        guard let base = bytes.baseAddress else { return 0 }
        let raw = UnsafeRawPointer(base)
        var h = UInt64(truncatingIfNeeded: end - start) &* 0x9E37_79B9_7F4A_7C15
        var k = start
        while k + 8 <= end {
            h = (h ^ raw.loadUnaligned(fromByteOffset: k, as: UInt64.self)) &* 0xBF58_476D_1CE4_E5B9
            h ^= h >> 29
            k += 8
        }
        var tail: UInt64 = 0
        if k + 8 <= bytes.count {
            // 1 to 7 bytes wanted (0 leaves the tail 0): a mask of that many low bytes.
            let wanted = UInt64(truncatingIfNeeded: end - k)
            tail = raw.loadUnaligned(fromByteOffset: k, as: UInt64.self) & ((1 &<< (wanted &* 8)) &- 1)
        } else {
            var shift: UInt64 = 0
            while k < end {
                tail |= UInt64(base[k]) << shift
                shift += 8
                k += 1
            }
        }
        h = (h ^ tail) &* 0x94D0_49BB_1331_11EB
        return h ^ (h >> 31)
    }

    @inline(__always) static func isDigit(_ b: UInt8) -> Bool { b >= 48 && b <= 57 }

    @inline(__always) static func isSpace(_ b: UInt8) -> Bool { b == 32 || b == 9 || b == 13 || b == 12 || b == 11 }
}
