import Testing
@testable import CUDAScan

@Suite("Scan diff")
struct ScanDiffTests {
    @Test func shiftedLinesStayUnchanged() {
        let old = TestSupport.scan("cudaMalloc(&a, 1);\ncudaFree(a);\ncudaFree(b);\n", path: "x.cu")
        let new = TestSupport.scan("// header added\n\ncudaMalloc(&a, 1);\ncudaFree(b);\naclrtFree(a);\n", path: "x.cu")
        let diff = ScanDiff(old: old, new: new)
        #expect(diff.removed.map(\.snippet) == ["cudaFree(a);"])
        #expect(diff.added.isEmpty)
        #expect(diff.unchanged.count == 2)
        #expect(diff.unchanged.map { $0.new.line } == [3, 4])
    }

    @Test func editedLinesPairByOccurrenceAndNewCallsAreAdded() {
        let old = TestSupport.scan("cudaMalloc(&a, 1);\n", path: "x.cu") + TestSupport.scan("cudaFree(a);\n", path: "y.cu")
        let new = TestSupport.scan("cudaMalloc(&a, 2 * n);\ncudaMemset(a, 0, 4);\n", path: "x.cu") + TestSupport.scan("cudaFree(a);\n", path: "z.cu")
        let diff = ScanDiff(old: old, new: new)
        #expect(diff.unchanged.map { $0.old.symbol } == ["cudaMalloc"])
        #expect(diff.added.map { "\($0.file):\($0.symbol)" } == ["x.cu:cudaMemset", "z.cu:cudaFree"])
        #expect(diff.removed.map { "\($0.file):\($0.symbol)" } == ["y.cu:cudaFree"])
    }

    @Test func identicalScansHaveNoChanges() {
        let findings = TestSupport.scan("cudaMalloc(&a, 1); cudaMalloc(&b, 1);\n", path: "x.cu")
        let diff = ScanDiff(old: findings, new: findings)
        #expect(diff.removed.isEmpty && diff.added.isEmpty && diff.unchanged.count == 2)
        #expect(diff.unchanged.allSatisfy { $0.old == $0.new })
    }
}
