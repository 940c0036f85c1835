import Foundation

/// Runs the built `drawbridge` binary as a user would, capturing its output.
struct BinaryRunner: Sendable {
    /// The result of one run.
    struct Result: Sendable {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    let executable: URL
    let environment: [String: String]

    /// The binary built next to the test bundle.
    init(environment extra: [String: String] = [:]) throws {
        let candidates = [
            Bundle.main.executableURL?.deletingLastPathComponent().appendingPathComponent("drawbridge"),
            Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("drawbridge"),
            Bundle.main.bundleURL.appendingPathComponent("drawbridge"),
        ].compactMap { $0 }
        guard let found = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0.path) }) else {
            throw MissingBinary(searched: candidates.map(\.path))
        }
        executable = found
        var environment = ProcessInfo.processInfo.environment
        environment["DRAWBRIDGE_NOW"] = "2026-11-21T12:00:00Z"
        environment["TZ"] = "UTC"
        environment.removeValue(forKey: "DRAWBRIDGE_DB")
        for (key, value) in extra { environment[key] = value }
        self.environment = environment
    }

    /// A runner for `executable` with exactly `environment`.
    init(executable: URL, environment: [String: String]) {
        self.executable = executable
        self.environment = environment
    }

    /// Runs `drawbridge arguments…`, optionally with text on standard input.
    func run(_ arguments: [String], stdin: String? = nil, in workingDirectory: URL? = nil) throws -> Result {
        let process = Process()
        process.executableURL = executable
        if let workingDirectory { process.currentDirectoryURL = workingDirectory }
        process.arguments = arguments
        process.environment = environment
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        let input = Pipe()
        process.standardInput = input
        try process.run()
        // A hung command fails its test after five minutes instead of stalling the whole run.
        let watchdog = killLater(process, after: 300)
        defer { watchdog.cancel() }
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try? input.fileHandleForWriting.close()
        // Read both pipes concurrently so a chatty child never blocks on a full pipe.
        let box = OutputBox()
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async {
            box.set(err: err.fileHandleForReading.readDataToEndOfFile())
            group.leave()
        }
        let stdoutData = out.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus, stdout: String(decoding: stdoutData, as: UTF8.self),
            stderr: String(decoding: box.err, as: UTF8.self))
    }

    /// Starts the binary, kills it with SIGKILL after `delay` seconds unless it finished;
    /// returns whether the kill landed while it ran.
    func runKilled(_ arguments: [String], after delay: Double) throws -> Bool {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.environment = environment
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(delay)
        while process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.002) }
        let killed = process.isRunning
        if killed { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
        return killed
    }

    struct MissingBinary: Error, CustomStringConvertible {
        let searched: [String]
        var description: String { "drawbridge binary not found; looked in \(searched)" }
    }
}

/// Kills `process` with SIGKILL after `seconds` unless the returned item is cancelled first,
/// so that a child that hangs fails its test instead of stalling the whole run.
func killLater(_ process: Process, after seconds: Double) -> DispatchWorkItem {
    let pid = process.processIdentifier
    let watchdog = DispatchWorkItem { kill(pid, SIGKILL) }
    DispatchQueue.global().asyncAfter(deadline: .now() + seconds, execute: watchdog)
    return watchdog
}

/// Holds stderr bytes read on another thread.
private final class OutputBox: @unchecked Sendable {
    private let lock = NSLock()
    private var data = Data()
    var err: Data { lock.withLock { data } }
    func set(err: Data) { lock.withLock { data = err } }
}

/// A fresh temporary directory for one test.
func temporaryDirectory() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("drawbridge-e2e-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}
