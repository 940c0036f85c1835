import Foundation
@testable import CUDAScan

/// Shared fixtures: the shipped catalog, the package's Data directory, temporary directories.
enum TestSupport {
    /// The package root, found from this file's path.
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// `Data/catalog` of the package.
    static let catalogDirectory = packageRoot.appendingPathComponent("Data/catalog")

    /// `Data/samples` of the package.
    static let samplesDirectory = packageRoot.appendingPathComponent("Data/samples")

    /// The shipped catalog, loaded once.
    static let catalog: Catalog = {
        do { return try Catalog.load(directories: [catalogDirectory]) } catch {
            print("catalog failed to load: \(error)")
            return Catalog()
        }
    }()

    /// Findings for one in-memory file scanned with the shipped catalog.
    static func scan(_ text: String, path: String, target: Target = .ascend, generation: ChipGeneration = .a2) -> [Finding] {
        Scanner(catalog: catalog, options: ScanOptions(target: target, generation: generation)).scan(text: text, path: path)
    }

    /// The symbols found in one in-memory file.
    static func symbols(_ text: String, path: String) -> [String] { scan(text, path: path).map(\.symbol) }

    /// A fresh empty directory under the system temporary directory.
    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("cudascan-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Writes `text` to `relative` under `root`, creating directories.
    static func write(_ text: String, to relative: String, in root: URL) throws {
        let url = root.appendingPathComponent(relative)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    /// Runs a program and returns its exit status (for `git` in temporary repositories).
    @discardableResult
    static func run(_ executable: String, _ arguments: [String], in directory: URL) throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.currentDirectoryURL = directory
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus
    }

    /// The path of `git`, if installed.
    static var git: String? {
        ["/usr/bin/git", "/usr/local/bin/git", "/bin/git"].first { FileManager.default.isExecutableFile(atPath: $0) }
    }
}
