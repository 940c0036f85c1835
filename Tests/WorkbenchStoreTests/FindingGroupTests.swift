import Foundation
import Testing
import WorkbenchStore

@Suite("Finding groups", .onEveryBackend)
struct FindingGroupTests {
    /// Three findings: two catalogued (with mappings for every target), one unknown.
    func seed(_ workbench: Workbench) throws -> Int64 {
        let scan = Scan(codebaseId: nil, attemptId: nil, root: "/src", gitRevision: nil, target: "ascend",
                        chipGeneration: "a2", catalogVersion: nil, startedAt: "2026-11-21T12:00:00Z", durationMs: 1,
                        filesScanned: 2, bytesScanned: 10, filesSkipped: 0, findingCount: 0)
        let memcpy = #"{"ascend":{"effort":"mechanical","replacement":"aclrtMemcpy"},"hip":{"effort":"direct","replacement":"hipMemcpy"},"sycl":{"effort":"mechanical","note":"queue.memcpy"}}"#
        let shfl = #"{"ascend":{"effort":"blocker","note":"no warp"},"hip":{"effort":"mechanical","replacement":"__shfl_down"}}"#
        let findings = [
            Finding(scanId: 0, file: "a.cu", line: 1, column: 1, symbol: "cudaMemcpy", kind: "function", family: "runtime",
                    language: "cuda", effort: .mechanical, replacement: "aclrtMemcpy", note: nil, mappings: memcpy),
            Finding(scanId: 0, file: "b.cu", line: 2, column: 1, symbol: "__shfl_down_sync", kind: "function", family: "device",
                    language: "cuda", effort: .blocker, replacement: nil, note: "no warp", mappings: shfl),
            Finding(scanId: 0, file: "b.cu", line: 3, column: 1, symbol: "cudaNewThing", kind: "function", family: "runtime",
                    language: "cuda", effort: .unknown, replacement: nil, note: nil),
        ]
        return try workbench.saveScan(scan, findings: findings).id!
    }

    @Test("grouping by family, file and effort counts every finding once, largest group first")
    func grouping() throws {
        let workspace = try TestWorkspace()
        let id = try seed(workspace.workbench)
        let families = try workspace.workbench.findingGroups(scan: id, by: .family)
        #expect(families == [
            FindingGroup(key: "runtime", count: 2, byEffort: [.mechanical: 1, .unknown: 1]),
            FindingGroup(key: "device", count: 1, byEffort: [.blocker: 1]),
        ])
        #expect(try workspace.workbench.findingGroups(scan: id, by: .file).map(\.key) == ["b.cu", "a.cu"])
        #expect(try workspace.workbench.findingGroups(scan: id, by: .effort).map(\.key).sorted() == ["blocker", "mechanical", "unknown"])
    }

    @Test("another target's efforts come from the stored mappings; unknown stays unknown; a missing mapping is unknown")
    func otherTarget() throws {
        let workspace = try TestWorkspace()
        let id = try seed(workspace.workbench)
        let onHip = try workspace.workbench.findingGroups(scan: id, by: .effort, target: "hip")
        #expect(Dictionary(uniqueKeysWithValues: onHip.map { ($0.key, $0.count) }) == ["direct": 1, "mechanical": 1, "unknown": 1])
        let onSycl = try workspace.workbench.findingGroups(scan: id, by: .effort, target: "sycl")
        #expect(Dictionary(uniqueKeysWithValues: onSycl.map { ($0.key, $0.count) }) == ["mechanical": 1, "unknown": 2])
        let hipDirect = try workspace.workbench.findings(scan: id, in: .effort, key: "direct", target: "hip")
        #expect(hipDirect.map(\.symbol) == ["cudaMemcpy"])
        #expect(hipDirect.first?.effort == .direct)
        let runtime = try workspace.workbench.findings(scan: id, in: .family, key: "runtime", target: "hip", limit: 1)
        #expect(runtime.map(\.symbol) == ["cudaMemcpy"])
        #expect(throws: StoreError.self) { try workspace.workbench.findingGroups(scan: 999, by: .file) }
        #expect(throws: StoreError.self) { try workspace.workbench.finding(id: 999) }
    }
}
