/// A scan's findings in report order, kept as the runs the scanner produced them in (one per file) instead of one
/// array.
///
/// A large scan holds hundreds of thousands of findings; joining the per-file arrays into one copied every finding
/// into fresh memory (a page fault per 4 KB) and then filled and released the old slots, about a twentieth of a
/// scan's time and a quarter of its memory. The list reads like an array: positions are integers, iteration walks
/// the runs in order, and a position is found by a binary search over the runs' starts.
public struct FindingList: Sendable, Hashable, RandomAccessCollection, MutableCollection, ExpressibleByArrayLiteral {
    /// The runs, none empty, in order.
    private var runs: [[Finding]]
    /// The position of each run's first finding.
    private var starts: [Int]
    /// The number of findings.
    private var total: Int

    /// An empty list.
    public init() {
        runs = []
        starts = []
        total = 0
    }

    /// A list of `findings`, in their order (the array is shared, not copied).
    public init(_ findings: [Finding]) {
        self.init(runs: [findings])
    }

    /// A list of the findings of `runs`, one after the other; empty runs are dropped.
    public init(runs: [[Finding]]) {
        self.runs = []
        self.runs.reserveCapacity(runs.count)
        starts = []
        starts.reserveCapacity(runs.count)
        total = 0
        for run in runs where !run.isEmpty {
            starts.append(total)
            total += run.count
            self.runs.append(run)
        }
    }

    /// A list of the literal's findings.
    public init(arrayLiteral findings: Finding...) {
        self.init(findings)
    }

    /// The first position: 0.
    public var startIndex: Int { 0 }
    /// One past the last position: the number of findings.
    public var endIndex: Int { total }

    /// The finding at `position`.
    public subscript(position: Int) -> Finding {
        get {
            let (run, offset) = locate(position)
            return runs[run][offset]
        }
        set {
            let (run, offset) = locate(position)
            runs[run][offset] = newValue
        }
    }

    /// The run holding `position`, and the position within it.
    private func locate(_ position: Int) -> (run: Int, offset: Int) {
        precondition(position >= 0 && position < total, "FindingList index \(position) out of range 0..<\(total)")
        var low = 0, high = starts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if starts[middle] <= position { low = middle } else { high = middle - 1 }
        }
        return (low, position - starts[low])
    }

    /// Walks the runs in order: iterating by position would search the runs once per finding.
    public struct Iterator: IteratorProtocol {
        fileprivate let runs: [[Finding]]
        fileprivate var run = 0
        fileprivate var offset = 0

        /// The next finding, or nil after the last.
        public mutating func next() -> Finding? {
            guard run < runs.count else { return nil }
            let finding = runs[run][offset]
            offset += 1
            if offset == runs[run].count {
                run += 1
                offset = 0
            }
            return finding
        }
    }

    /// An iterator over the findings in order.
    public func makeIterator() -> Iterator { Iterator(runs: runs) }

    /// The findings as one array.
    public var array: [Finding] {
        if runs.count == 1 { return runs[0] }
        var all: [Finding] = []
        all.reserveCapacity(total)
        for run in runs { all += run }
        return all
    }

    /// Calls `body` with each finding of `range` (all by default) in order, read in place through a pointer, and its
    /// position: the report writers' loops, where copying each finding cost a retain and release per field.
    @inline(__always)
    func forEachInPlace(in range: Range<Int>? = nil, _ body: (UnsafePointer<Finding>, Int) throws -> Void) rethrows {
        let range = range ?? 0..<total
        guard !range.isEmpty else { return }
        var run = locate(range.lowerBound).run
        var position = range.lowerBound
        while position < range.upperBound {
            let start = starts[run]
            let end = Swift.min(start + runs[run].count, range.upperBound)
            try runs[run].withUnsafeBufferPointer { buffer in
                guard let base = buffer.baseAddress else { return }
                while position < end {
                    try body(base + (position - start), position)
                    position += 1
                }
            }
            run += 1
        }
    }

    /// Equal findings in the same order, however they are split into runs.
    public static func == (a: FindingList, b: FindingList) -> Bool {
        a.total == b.total && a.elementsEqual(b)
    }

    /// Hashes the findings in order.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(total)
        for finding in self { hasher.combine(finding) }
    }
}

extension FindingList: Codable {
    /// Decodes a plain array of findings.
    public init(from decoder: any Decoder) throws {
        self.init(try [Finding](from: decoder))
    }

    /// Encodes a plain array of findings, as an array would.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.unkeyedContainer()
        for finding in self { try container.encode(finding) }
    }
}
