import Foundation
import Testing
@testable import CUDAScan

@Suite("FindingList: a scan's findings kept as per-file runs, read like one array")
struct FindingListTests {
    static func finding(_ index: Int) -> Finding {
        Finding(file: "f\(index / 10).cu", line: index + 1, column: 1, symbol: "cudaMalloc", key: "cudaMalloc",
                family: "runtime", kind: "function", language: .cuda, cataloged: true, mappings: [:], snippet: "s\(index)")
    }

    /// `findings` cut into runs of the given lengths (zeros make empty runs, which the list drops).
    static func runs(_ findings: [Finding], lengths: [Int]) -> [[Finding]] {
        var runs: [[Finding]] = []
        var start = 0
        for length in lengths {
            runs.append(Array(findings[start..<(start + length)]))
            start += length
        }
        runs.append(Array(findings[start...]))
        return runs
    }

    @Test("positions, iteration, first and last read across runs as in the flat array; empty runs are dropped")
    func readsLikeTheArray() {
        let all = (0..<23).map(Self.finding)
        let list = FindingList(runs: Self.runs(all, lengths: [0, 1, 5, 0, 0, 7, 1]))
        #expect(list.count == 23 && !list.isEmpty)
        #expect(Array(list) == all)
        #expect(list.indices.map { list[$0] } == all)
        #expect(list.first == all.first && list.last == all.last)
        #expect(list.map(\.line) == all.map(\.line))
        #expect(list.filter { $0.line % 3 == 0 } == all.filter { $0.line % 3 == 0 })
        #expect(list.array == all)
        #expect(FindingList().isEmpty && FindingList(runs: [[], []]).isEmpty && Array(FindingList(runs: [[], []])).isEmpty)
    }

    @Test("equality and hashing ignore how the findings are split; a changed finding is not equal")
    func equalityIgnoresRuns() {
        let all = (0..<40).map(Self.finding)
        let one = FindingList(all)
        let split = FindingList(runs: Self.runs(all, lengths: [3, 0, 17, 2]))
        #expect(one == split && one.hashValue == split.hashValue)
        var changed = split
        changed[21].column = 9
        #expect(changed != one && changed[21].column == 9 && changed[20] == all[20] && changed[22] == all[22])
        #expect(FindingList(Array(all.dropLast())) != one)
    }

    @Test("a position outside the list is caught, not read")
    func positionsAreChecked() async {
        await #expect(processExitsWith: .failure) {
            let list = FindingList(runs: [[FindingListTests.finding(0)], [FindingListTests.finding(1)]])
            _ = list[2]
        }
    }

    @Test("in-place walks over any range visit each finding once, with its position, across run boundaries")
    func inPlaceWalkCoversRanges() {
        let all = (0..<31).map(Self.finding)
        let list = FindingList(runs: Self.runs(all, lengths: [4, 4, 0, 9, 1, 1]))
        for range in [0..<31, 0..<0, 3..<5, 4..<8, 7..<26, 30..<31, 8..<9] {
            var seen: [(Int, Int)] = []
            list.forEachInPlace(in: range) { finding, position in seen.append((position, finding.pointee.line)) }
            #expect(seen.map(\.0) == Array(range))
            #expect(seen.map(\.1) == all[range].map(\.line))
        }
        var count = 0
        list.forEachInPlace { _, _ in count += 1 }
        #expect(count == 31)
    }

    @Test("encoded as a plain array, and decoded back")
    func codesAsAnArray() throws {
        let all = (0..<12).map(Self.finding)
        let list = FindingList(runs: Self.runs(all, lengths: [5, 0, 2]))
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        #expect(try encoder.encode(list) == encoder.encode(all))
        #expect(try JSONDecoder().decode(FindingList.self, from: encoder.encode(all)) == list)
    }

    @Test("every report format writes the same bytes from many uneven runs as from one array, streamed or not")
    func reportsIgnoreRuns() throws {
        let flat = LargeReportWriterTests.largeReport()
        let all = Array(flat.findings)
        // Uneven runs, with boundaries on both sides of the writers' batch edges.
        var lengths: [Int] = []
        var total = 0
        var step = 1
        while total + step < all.count - 1 {
            lengths.append(step)
            total += step
            step = step % 97 + 13
        }
        var split = flat
        split.findings = FindingList(runs: Self.runs(all, lengths: lengths))
        #expect(split.findings == flat.findings)
        for format in ReportFormat.allCases {
            let expected = ReportWriter.render(flat, as: format)
            #expect(ReportWriter.render(split, as: format) == expected, "\(format)")
            var streamed: [UInt8] = []
            let rest = ReportWriter.render(split, as: format, drain: { streamed += $0 })
            #expect(String(decoding: streamed, as: UTF8.self) + rest == expected, "\(format) streamed")
        }
    }
}
