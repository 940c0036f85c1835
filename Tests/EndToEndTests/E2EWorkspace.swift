import Foundation

/// The built binary run against one test's own workspace file, in a directory that is
/// removed when the value is dropped (each Swift Testing test gets a fresh suite value).
final class E2EWorkspace {
    let runner: BinaryRunner
    let directory: URL
    var db: String { directory.appendingPathComponent("w.sqlite").path }

    init() throws {
        runner = try BinaryRunner()
        directory = try temporaryDirectory()
    }

    deinit { try? FileManager.default.removeItem(at: directory) }

    /// Runs `drawbridge arguments… --db <this workspace>`.
    func run(_ arguments: [String]) throws -> BinaryRunner.Result {
        try runner.run(arguments + ["--db", db])
    }
}
