/// The bit patterns of a finding's file, symbol and meaning, read in place without retaining them.
///
/// Equal bits mean the same storage (or the same small string held inline), hence equal values, so report writers
/// recognise a repeated file or shape with a few integer compares. Comparing the values themselves retained and
/// released strings and meaning objects that every rendering thread shares, and their reference counts bounced
/// between cores: about half of a CSV report's rendering time. Unequal bits prove nothing; callers then compare
/// values. Whoever keeps bits to compare against must also keep a strong reference to what they came from, so the
/// storage cannot be freed and reused by another value.
struct FindingStorageBits {
    /// The two words of a `String`.
    typealias StringBits = (UInt64, UInt64)

    /// Where the fields lie in a `Finding`, or nil if the layout cannot be read (then nothing is compared by bits).
    struct Layout {
        let file: Int
        let symbol: Int
        let meaning: Int
        let snippet: Int

        /// The layout of `Finding`, when each field is stored inline and a `String` is two words.
        init?() {
            guard MemoryLayout<String>.size == MemoryLayout<StringBits>.size,
                  MemoryLayout<Finding.Meaning>.size == MemoryLayout<UInt>.size,
                  let file = MemoryLayout<Finding>.offset(of: \Finding.file),
                  let symbol = MemoryLayout<Finding>.offset(of: \Finding.symbol),
                  let meaning = MemoryLayout<Finding>.offset(of: \Finding.meaning),
                  let snippet = MemoryLayout<Finding>.offset(of: \Finding.snippet)
            else { return nil }
            self.file = file
            self.symbol = symbol
            self.meaning = meaning
            self.snippet = snippet
        }

        /// The bits of the finding's file.
        @inline(__always)
        func file(_ finding: UnsafePointer<Finding>) -> StringBits {
            UnsafeRawPointer(finding).loadUnaligned(fromByteOffset: file, as: StringBits.self)
        }

        /// The bits of the finding's symbol.
        @inline(__always)
        func symbol(_ finding: UnsafePointer<Finding>) -> StringBits {
            UnsafeRawPointer(finding).loadUnaligned(fromByteOffset: symbol, as: StringBits.self)
        }

        /// The finding's symbol, in place.
        @inline(__always)
        func symbolField(_ finding: UnsafePointer<Finding>) -> UnsafePointer<String> {
            UnsafeRawPointer(finding).advanced(by: symbol).assumingMemoryBound(to: String.self)
        }

        /// The finding's snippet, in place.
        @inline(__always)
        func snippetField(_ finding: UnsafePointer<Finding>) -> UnsafePointer<String> {
            UnsafeRawPointer(finding).advanced(by: snippet).assumingMemoryBound(to: String.self)
        }

        /// The address of the finding's meaning object.
        @inline(__always)
        func meaning(_ finding: UnsafePointer<Finding>) -> UInt {
            UnsafeRawPointer(finding).loadUnaligned(fromByteOffset: meaning, as: UInt.self)
        }
    }

    /// Whether two strings' bits are the same.
    @inline(__always)
    static func same(_ a: StringBits, _ b: StringBits) -> Bool { a.0 == b.0 && a.1 == b.1 }
}

/// The file of the last finding a writer saw, so that a run of findings in one file is recognised by the bits of the
/// file's string (`FindingStorageBits`) before its value is compared.
struct FileRun {
    /// Held, so the bits stay this string's.
    private var file: String?
    private var bits: FindingStorageBits.StringBits = (0, 0)
    private let layout = FindingStorageBits.Layout()

    /// Whether `finding` is in another file than the finding given before it (the first finding always is).
    mutating func changes(at finding: UnsafePointer<Finding>) -> Bool {
        let fileBits = layout?.file(finding)
        if file != nil, let fileBits, FindingStorageBits.same(fileBits, bits) { return false }
        let changed = finding.pointee.file != file
        file = finding.pointee.file
        bits = fileBits ?? (0, 0)
        return changed
    }
}
