import Foundation
import Testing
import WorkbenchStore

@Suite("Check, backup, export and import", .onEveryBackend)
struct SafetyTests {
    /// The demo workspace plus a scan and a benchmark session on its first attempt.
    func demo() throws -> TestWorkspace {
        let workspace = try TestWorkspace()
        try workspace.workbench.importDocument(try WorkspaceDocument.load(
            path: TestWorkspace.dataDirectory.appendingPathComponent("demo/workspace.json").path))
        let scan = Scan(codebaseId: nil, attemptId: nil, root: "/src", gitRevision: "abc", target: "ascend", chipGeneration: "a2",
                        catalogVersion: nil, startedAt: "2026-11-20T10:00:00Z", durationMs: 5, filesScanned: 2, bytesScanned: 10,
                        filesSkipped: 0, findingCount: 0)
        try workspace.workbench.saveScan(scan, findings: [
            Finding(scanId: 0, file: "a.cu", line: 3, column: 1, symbol: "cudaMalloc", kind: "function", family: "runtime",
                    language: "cuda", effort: .mechanical, replacement: "aclrtMalloc", note: "policy argument"),
        ], attempt: 1)
        let session = BenchSession(attemptId: 1, label: "nightly", source: "run", startedAt: "2026-11-19T22:00:00Z",
                                   finishedAt: nil, host: "h", baselinePort: "c", triadGbps: nil, fmaGflops: nil)
        try workspace.workbench.saveBenchSession(session, results: [
            BenchResult(sessionId: 0, kernel: "triad", size: "S", port: "opencl", samples: 20, medianNs: 1200,
                        baselinePort: "c", ratio: 1.2, ciLow: 1.1, ciHigh: 1.3, lossPercent: 20, verdict: .slower),
        ])
        return workspace
    }

    @Test("a sound workspace checks ok and counts its rows")
    func checkHealthy() throws {
        let workspace = try demo()
        let report = try workspace.workbench.check()
        #expect(report.isHealthy)
        #expect(report.migrations == ["v1", "v2"])
        #expect(report.rowCounts["attempt"] == 9 && report.rowCounts["finding"] == 1 && report.rowCounts["bench_result"] == 1)
    }

    @Test("a row whose parent is gone is reported")
    func checkFindsOrphans() throws {
        let workspace = try demo()
        try workspace.runBehindTheStore(["DELETE FROM scan"])
        let report = try workspace.workbench.check()
        #expect(!report.isHealthy)
        #expect(report.foreignKeyViolations.map(\.table) == ["finding"])
        #expect(report.foreignKeyViolations.first?.parent == "scan")
    }

    @Test("a scan that lost findings is reported as incomplete")
    func checkFindsPartialScans() throws {
        let workspace = try demo()
        try workspace.runBehindTheStore(["DELETE FROM finding"])
        let report = try workspace.workbench.check()
        #expect(report.incompleteScans == [1])
        #expect(!report.isHealthy)
    }

    @Test("a backup is a checked copy; an existing file is kept unless replacing; the workspace itself is refused")
    func backup() throws {
        let workspace = try demo()
        let file = workspace.directory.appendingPathComponent("copy.sqlite").path
        if workspace.backend == .postgres {
            // A server workspace is copied with pg_dump or exported; nothing is written.
            #expect(throws: StoreError.self) { try workspace.workbench.backup(to: file) }
            #expect(!FileManager.default.fileExists(atPath: file))
            return
        }
        let report = try workspace.workbench.backup(to: file)
        #expect(report.isHealthy)
        #expect(report.rowCounts == (try workspace.workbench.check()).rowCounts)
        let copy = try Workbench.open(WorkspaceLocation(explicit: file))
        #expect(try copy.interventions().count == 41)
        #expect(throws: StoreError.alreadyExists(entity: "file", name: file)) { try workspace.workbench.backup(to: file) }
        _ = try workspace.workbench.backup(to: file, replace: true)
        #expect(throws: StoreError.self) { try workspace.workbench.backup(to: workspace.path) }
        #expect(throws: StoreError.self) { try workspace.workbench.backup(to: "/nonexistent/dir/b.sqlite") }
        let left = try FileManager.default.contentsOfDirectory(atPath: workspace.directory.path).filter { $0.contains("partial") }
        #expect(left.isEmpty)
    }

    @Test("export then import into an empty workspace gives the same document; importing again adds nothing")
    func exportImportRoundTrip() throws {
        let source = try demo()
        let document = try source.workbench.exportDocument()
        let target = try TestWorkspace()
        let first = try target.workbench.importDocument(document)
        #expect(first.teamsAdded == 4 && first.attemptsAdded == 9 && first.interventionsAdded == 41)
        #expect(first.scansAdded == 1 && first.benchSessionsAdded == 1)
        #expect(try Workbench.encode(try target.workbench.exportDocument()) == (try Workbench.encode(document)))
        #expect(try target.workbench.importDocument(document).addedNothing)
        // Into the workspace it came from: nothing new either.
        #expect(try source.workbench.importDocument(document).addedNothing)
        let decoded = try WorkspaceDocument.decode(try Workbench.encode(document), path: "export.json")
        #expect(decoded == document)
    }

    @Test("a document with one bad finding changes nothing")
    func badDocumentChangesNothing() throws {
        let source = try demo()
        var document = try source.workbench.exportDocument()
        let (t, c, a) = try #require(document.teams.indices.lazy.flatMap { t in
            document.teams[t].codebases.indices.flatMap { c in
                document.teams[t].codebases[c].attempts.indices.compactMap { a in
                    document.teams[t].codebases[c].attempts[a].scans == nil ? nil : (t, c, a)
                }
            }
        }.first)
        document.teams[t].codebases[c].attempts[a].scans?[0].findings[0].line = 0
        let target = try TestWorkspace()
        try target.seed()
        let before = try target.workbench.check().rowCounts
        #expect(throws: StoreError.self) { try target.workbench.importDocument(document) }
        #expect(try target.workbench.check().rowCounts == before)
    }
}
