import Testing
@testable import CUDAScan

@Suite("Byte helpers")
struct BytesTests {
    /// Every byte value in every lane of a word, against the one-byte test: the eight-byte test must agree exactly.
    @Test func wordTestAgreesWithByteTestInEveryLane() {
        for lane in 0..<8 {
            for value in 0..<256 {
                // The other lanes are identifier bytes, so only `lane` can stop.
                var word: UInt64 = 0x6161_6161_6161_6161
                word &= ~(UInt64(0xFF) << UInt64(lane * 8))
                word |= UInt64(value) << UInt64(lane * 8)
                let stops = Bytes.nonIdentifierBytes(word)
                let expected: UInt64 = Bytes.isIdentBody(UInt8(value)) ? 0 : UInt64(0x80) << UInt64(lane * 8)
                #expect(stops == expected, "byte \(value) in lane \(lane)")
            }
        }
    }

    /// Random buffers of identifier-heavy bytes: the end found eight bytes at a time is the first non-identifier byte,
    /// from every start, including the last bytes of the buffer where fewer than eight remain.
    @Test func identifierEndMatchesAByteByByteScan() {
        var random = SplitMix64(seed: 0xB17E5)
        let alphabet = Array("abcXYZ_$09 (.:\u{7F}".utf8) + [0x80, 0xC3, 0xFF, 0x00, 0x2F, 0x40, 0x5B, 0x60, 0x7B]
        for _ in 0..<300 {
            let count = Int(random.next() % 40)
            let bytes = (0..<count).map { _ in
                random.next() % 3 == 0 ? alphabet[Int(random.next() % UInt64(alphabet.count))] : UInt8(97 + random.next() % 26)
            }
            bytes.withUnsafeBufferPointer { buffer in
                for start in 0...count {
                    var naive = start
                    while naive < count, Bytes.isIdentBody(buffer[naive]) { naive += 1 }
                    #expect(Bytes.identifierEnd(buffer, from: start, table: Bytes.identBodyTable) == naive)
                }
            }
        }
    }

    /// The hash reads a short tail as one masked word when the buffer goes on, and byte by byte at its end: the
    /// same bytes must hash the same either way (the lexers hash inside a file, the catalog hashes whole strings).
    @Test func hashIgnoresWhatFollowsTheBytes() {
        var random = SplitMix64(seed: 0x4A54)
        for length in 0..<40 {
            let word = (0..<length).map { _ in UInt8(truncatingIfNeeded: random.next()) }
            let padded = word + (0..<9).map { _ in UInt8(truncatingIfNeeded: random.next()) }
            let alone = word.withUnsafeBufferPointer { Bytes.hash($0, 0, length) }
            let inside = padded.withUnsafeBufferPointer { Bytes.hash($0, 0, length) }
            #expect(alone == inside, "length \(length)")
            let shifted = ([0x41] + padded).withUnsafeBufferPointer { Bytes.hash($0, 1, length + 1) }
            #expect(alone == shifted, "length \(length), offset 1")
        }
        // Different lengths of the same leading bytes differ (the length is mixed in, so a zero byte is not lost).
        let zeros = [UInt8](repeating: 0, count: 16)
        let hashes = Set((0...16).map { n in zeros.withUnsafeBufferPointer { Bytes.hash($0, 0, n) } })
        #expect(hashes.count == 17)
        #expect(SymbolHashSet.hash("cudaMalloc") == Array("cudaMallocHost".utf8).withUnsafeBufferPointer { SymbolHashSet.hash($0, 0, 10) })
    }

    /// The byte-level prefix test (lexers) and the string one (stored findings) agree, on names each rule takes,
    /// names just past or short of a rule, and names the two-byte pre-check rules out.
    @Test func prefixRulesAgreeOnBytesAndStrings() {
        var names = ["const", "count", "n", "cu", "cuX", "cuda", "cudaX", "cudax", "CU_X", "CU_", "CUX", "nccl", "ncclX",
                     "NCCL_X", "nvtxRange", "nvrtcX", "__nv_bfloat16", "__nvx", "curand_init", "curandX", "cublasLtX",
                     "cusparseLtX", "CUSPARSE_X", "cudnnX", "cufftX", "NVRTC_X", "cublasX", "__syncthreads", "_x", "c", ""]
        for rule in PrefixRule.all {
            names += [rule.prefix, rule.prefix + "A", rule.prefix + "_", rule.prefix + "a", String(rule.prefix.dropLast())]
        }
        for name in names {
            let bytes = Array(name.utf8)
            let viaBytes = bytes.isEmpty ? nil : bytes.withUnsafeBufferPointer { PrefixRule.family($0, 0, $0.count) }
            #expect(viaBytes == PrefixRule.family(of: name), "\(name)")
        }
        #expect(PrefixRule.family(of: "cublasLtMatmul") == "cublaslt")
        #expect(PrefixRule.family(of: "count") == nil)
    }

    /// Skipping words without three bytes stops at the first word that holds one, never past it.
    @Test func wordSkipStopsAtTheFirstWordHoldingAByte() {
        var random = SplitMix64(seed: 0x5E1F)
        for _ in 0..<500 {
            let count = Int(random.next() % 64)
            let bytes = (0..<count).map { _ in random.next() % 5 == 0 ? [92, 10, 39, 0, 0xFF][Int(random.next() % 5)] : UInt8(97 + random.next() % 26) }
            bytes.withUnsafeBufferPointer { buffer in
                for start in 0...count {
                    let stop = Bytes.skipWordsWithout(92, 10, 39, in: buffer, from: start)
                    #expect((stop - start) % 8 == 0 && stop <= count)
                    #expect(!buffer[start..<stop].contains { $0 == 92 || $0 == 10 || $0 == 39 })
                    // It stopped because the next word holds one of them, or fewer than eight bytes remain.
                    #expect(stop + 8 > count || buffer[stop..<(stop + 8)].contains { $0 == 92 || $0 == 10 || $0 == 39 })
                }
            }
        }
    }

    /// The lexers' byte classes: every byte is exactly one class, and the ones their switches handle are special.
    @Test func byteClassesSendTheRightBytesToTheSwitches() {
        let c = Bytes.cByteClasses, python = Bytes.pythonByteClasses
        for byte in Array("\n\\/\"'#<0123456789".utf8) { #expect(c[Int(byte)] == Bytes.ByteClass.special) }
        for byte in Array("\n\\#\"';([{)]}.".utf8) { #expect(python[Int(byte)] == Bytes.ByteClass.special) }
        for byte in [UInt8(32), 9, 13, 12] { #expect(c[Int(byte)] == Bytes.ByteClass.blank && python[Int(byte)] == Bytes.ByteClass.blank) }
        #expect(c[11] == Bytes.ByteClass.blank && python[11] == Bytes.ByteClass.punctuation)
        for byte in Array("aZ_".utf8) + [0x80, 0xFF] {
            #expect(c[Int(byte)] == Bytes.ByteClass.identifierStart && python[Int(byte)] == Bytes.ByteClass.identifierStart)
        }
        for byte in Array("()+-*=&|!?~%^,:;$@".utf8) { #expect(c[Int(byte)] == Bytes.ByteClass.punctuation) }
        for byte in Array("+-*=&|!?~%^,:$@0".utf8) + [0] { #expect(python[Int(byte)] == Bytes.ByteClass.punctuation) }
    }
}
