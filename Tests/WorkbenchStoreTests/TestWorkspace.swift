import Foundation
import WorkbenchStore

/// A workspace in a fresh temporary directory, removed when the value is dropped.
final class TestWorkspace {
    let directory: URL
    let workbench: Workbench
    var path: String { workbench.path }

    /// The fixed instant every test clock reads: 2026-11-21 12:00 UTC.
    static let now = Date(timeIntervalSince1970: 1_795_262_400)

    init(clock: WorkbenchClock = .fixed(TestWorkspace.now)) throws {
        directory = try Self.makeDirectory()
        workbench = try Workbench.open(
            WorkspaceLocation(explicit: directory.appendingPathComponent("w.sqlite").path), clock: clock)
    }

    deinit { try? FileManager.default.removeItem(at: directory) }

    static func makeDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("drawbridge-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// The repository's Data directory (tests read the shipped demo workspace).
    static var dataDirectory: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Data")
    }

    /// A small workspace: one team, one codebase, one active Ascend attempt.
    @discardableResult
    func seed() throws -> Int64 {
        try workbench.addTeam(name: "speech", org: "AI", lead: "lead-1")
        try workbench.addCodebase(name: "asr", team: "speech", language: "Python")
        let attempt = try workbench.addAttempt(
            AttemptDraft(codebase: "asr", target: .ascend, strategy: .torchNPU, status: .active))
        return attempt.id!
    }
}
