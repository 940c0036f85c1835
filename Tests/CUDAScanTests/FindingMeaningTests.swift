import Foundation
import Testing
@testable import CUDAScan

@Suite("Findings sharing what the catalog says about their key")
struct FindingMeaningTests {
    @Test("findings of one key share one meaning; changing one finding's field changes no other finding")
    func sharedMeaningIsNeverChangedInPlace() throws {
        let findings = TestSupport.scan("void f() { cudaMalloc(&a, 4); cudaMalloc(&b, 4); }\n", path: "k.cu")
            .filter { $0.symbol == "cudaMalloc" }
        try #require(findings.count == 2)
        #expect(findings[0].meaning === findings[1].meaning)
        var changed = findings[0]
        changed.family = "mine"
        changed.mappings[.hip] = Mapping(replacement: "x", effort: .blocker, note: nil)
        #expect(changed.family == "mine" && changed.effort(for: .hip) == .blocker)
        #expect(findings[1].family == "runtime" && findings[1].effort(for: .hip) == .direct)
        #expect(findings[0].family == "runtime" && changed.meaning !== findings[1].meaning)
    }

    @Test("a finding equals its copy with a meaning of its own, and hashes the same")
    func equalityIgnoresSharing() throws {
        let finding = try #require(TestSupport.scan("int main() { cudaDeviceSynchronize(); }\n", path: "m.cu").first)
        let alone = Self.withOwnMeaning(finding)
        #expect(alone.meaning !== finding.meaning)
        #expect(alone == finding && alone.hashValue == finding.hashValue)
        var other = alone
        other.kind = "type"
        #expect(other != finding)
    }

    @Test("every format writes the same bytes whether findings share meanings or each holds its own",
          arguments: [ReportFormat.csv, .json, .sarif, .table, .markdown])
    func formatsIgnoreSharing(format: ReportFormat) throws {
        let scanned = try Scanner(catalog: TestSupport.catalog).scan(root: TestSupport.samplesDirectory)
        try #require(scanned.findings.count > 100)
        var separate = scanned
        separate.findings = FindingList(scanned.findings.map(Self.withOwnMeaning))
        // Two equal meaning objects taking turns, as findings of one key from two scan workers do.
        var alternating = scanned
        alternating.findings = FindingList(scanned.findings.enumerated().map { $0.offset % 2 == 0 ? $0.element : Self.withOwnMeaning($0.element) })
        let expected = ReportWriter.render(scanned, as: format, catalog: TestSupport.catalog)
        #expect(ReportWriter.render(separate, as: format, catalog: TestSupport.catalog) == expected)
        #expect(ReportWriter.render(alternating, as: format, catalog: TestSupport.catalog) == expected)
    }

    @Test("findings sharing a meaning under different spellings keep their own symbols in every row")
    func aliasesKeepTheirSymbols() throws {
        let meaning = Finding.Meaning(key: "torch.cuda.synchronize", family: "pytorch", kind: "python-function", cataloged: true,
                                      mappings: [.hip: Mapping(replacement: "torch.cuda.synchronize", effort: .direct, note: nil),
                                                 .ascend: Mapping(replacement: "torch.npu.synchronize", effort: .mechanical, note: nil)])
        let findings = ["torch.cuda.synchronize", "tc.synchronize", "torch.cuda.synchronize", "tc.synchronize"].enumerated().map {
            Finding(file: "t.py", line: $0.offset + 1, column: 1, symbol: $0.element, language: .python, snippet: $0.element + "()",
                    meaning: meaning)
        }
        let report = ScanReport(root: "/r", target: .ascend, generation: .a2, filesScanned: 1, bytesScanned: 1, skipped: [],
                                findings: findings, duration: 0)
        let rows = ReportWriter.render(report, as: .csv).split(separator: "\r\n").dropFirst()
        #expect(rows.map { $0.split(separator: ",")[3] } == ["torch.cuda.synchronize", "tc.synchronize", "torch.cuda.synchronize",
                                                             "tc.synchronize"])
        let sarif = ReportWriter.render(report, as: .sarif)
        #expect(sarif.components(separatedBy: "tc.synchronize ties this code").count == 3)
    }

    @Test("every format writes the same bytes whether equal file names and symbols share storage or each has its own",
          arguments: [ReportFormat.csv, .json, .sarif, .table, .markdown])
    func formatsIgnoreStorage(format: ReportFormat) throws {
        let scanned = try Scanner(catalog: TestSupport.catalog).scan(root: TestSupport.samplesDirectory)
        try #require(scanned.findings.contains { $0.symbol.utf8.count > 15 })
        // Fresh heap copies (longer than a small string) of every file name and symbol, on every other finding.
        func fresh(_ text: String) -> String { String(decoding: Array(text.utf8), as: UTF8.self) }
        var copied = scanned
        copied.findings = FindingList(scanned.findings.enumerated().map { item in
            var finding = item.element
            if item.offset % 2 == 1 {
                finding.file = fresh(finding.file)
                finding.symbol = fresh(finding.symbol)
            }
            return finding
        })
        let layout = try #require(FindingStorageBits.Layout())
        try #require(copied.findings.indices.contains { index in
            let (a, b) = (scanned.findings[index], copied.findings[index])
            return a.symbol == b.symbol && withUnsafePointer(to: a) { pa in withUnsafePointer(to: b) { pb in
                !FindingStorageBits.same(layout.symbol(pa), layout.symbol(pb)) } }
        }, "the copies really have storage of their own")
        let expected = ReportWriter.render(scanned, as: format, catalog: TestSupport.catalog)
        #expect(ReportWriter.render(copied, as: format, catalog: TestSupport.catalog) == expected)
    }

    @Test("a finding's storage bits are those of its own fields: equal for copies, different for other values")
    func storageBitsReadTheFields() throws {
        let layout = try #require(FindingStorageBits.Layout())
        let a = try #require(TestSupport.scan("int main() { cudaDeviceSynchronize(); }\n", path: "a_long_file_name.cu").first)
        var b = a
        withUnsafePointer(to: a) { pa in withUnsafePointer(to: b) { pb in
            #expect(FindingStorageBits.same(layout.file(pa), layout.file(pb)))
            #expect(FindingStorageBits.same(layout.symbol(pa), layout.symbol(pb)))
            #expect(layout.meaning(pa) == layout.meaning(pb) && layout.meaning(pa) == UInt(bitPattern: Unmanaged.passUnretained(a.meaning).toOpaque()))
        } }
        b.symbol = "cudaMalloc"
        b.file = "another_long_file_name.cu"
        b.kind = "type"
        withUnsafePointer(to: a) { pa in withUnsafePointer(to: b) { pb in
            #expect(!FindingStorageBits.same(layout.file(pa), layout.file(pb)))
            #expect(!FindingStorageBits.same(layout.symbol(pa), layout.symbol(pb)))
            #expect(layout.meaning(pa) != layout.meaning(pb))
        } }
    }

    static func withOwnMeaning(_ finding: Finding) -> Finding {
        Finding(file: finding.file, line: finding.line, column: finding.column, symbol: finding.symbol, key: finding.key,
                family: finding.family, kind: finding.kind, language: finding.language, cataloged: finding.cataloged,
                mappings: finding.mappings, snippet: finding.snippet)
    }
}
