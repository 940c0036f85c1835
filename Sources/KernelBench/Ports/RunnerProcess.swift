import Foundation

/// A started runner process: request lines in, reply lines out, each reply under a deadline.
final class RunnerProcess: @unchecked Sendable {
    let manifest: RunnerManifest
    private let process = Process()
    private let input = Pipe()
    private let stdout: LineReader
    private let stderr: LineReader
    private(set) var transcript: [String] = []

    /// Starts the runner described by `manifest`.
    init(manifest: RunnerManifest) throws(BenchError) {
        self.manifest = manifest
        // A runner that dies must surface as an error on write, not kill the harness.
        signal(SIGPIPE, SIG_IGN)
        guard let executable = RunnerProcess.resolve(manifest.command) else {
            throw BenchError.runner(.launchFailed(runner: manifest.name, command: manifest.command,
                                                  message: "not found (or not executable)"))
        }
        let out = Pipe(), err = Pipe()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = manifest.arguments
        process.currentDirectoryURL = URL(fileURLWithPath: manifest.workingDirectory)
        process.standardInput = input
        process.standardOutput = out
        process.standardError = err
        do {
            try process.run()
        } catch {
            throw BenchError.runner(.launchFailed(runner: manifest.name, command: manifest.command,
                                                  message: error.localizedDescription))
        }
        stdout = LineReader(fileDescriptor: out.fileHandleForReading.fileDescriptor, maxLength: RunnerProtocol.maxLineLength)
        stderr = LineReader(fileDescriptor: err.fileHandleForReading.fileDescriptor, maxLength: RunnerProtocol.maxLineLength)
    }

    /// An absolute path for `command`: as given when it has a slash, else searched on PATH.
    static func resolve(_ command: String, environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        let fm = FileManager.default
        if command.contains("/") { return fm.isExecutableFile(atPath: command) ? command : nil }
        let path = environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for dir in path.split(separator: ":") {
            let candidate = "\(dir)/\(command)"
            if fm.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    /// Sends one request line.
    func send(_ line: String) throws(BenchError) {
        transcript.append("> " + line)
        do {
            try input.fileHandleForWriting.write(contentsOf: Data((line + "\n").utf8))
        } catch {
            throw failure(waitingFor: "a reply to '\(line)'")
        }
    }

    /// The next reply line (comments and blank lines skipped), or the error that ended the wait.
    func receive(waitingFor what: String) throws(BenchError) -> String {
        let deadline = Date(timeIntervalSinceNow: manifest.timeout)
        while true {
            switch stdout.next(deadline: deadline) {
            case .line(let line):
                transcript.append("< " + line)
                if line.isEmpty || line.hasPrefix("#") { continue }
                return line
            case .endOfFile: throw failure(waitingFor: what)
            case .tooLong:
                stop()
                throw BenchError.runner(.garbage(runner: manifest.name, line: "<a line over \(RunnerProtocol.maxLineLength) bytes>", expected: what))
            case .timedOut:
                stop()
                throw BenchError.runner(.timedOut(runner: manifest.name, seconds: manifest.timeout, waitingFor: what))
            }
        }
    }

    /// The error for a runner that went away: its exit status and the end of its stderr.
    private func failure(waitingFor what: String) -> BenchError {
        let deadline = Date(timeIntervalSinceNow: 2)
        while process.isRunning && Date() < deadline { usleep(10_000) }
        if process.isRunning {
            stop()
            return .runner(.timedOut(runner: manifest.name, seconds: manifest.timeout, waitingFor: what))
        }
        let tail = stderr.drain().split(separator: "\n").suffix(3).joined(separator: " | ")
        return .runner(.exited(runner: manifest.name, status: process.terminationStatus, stderrTail: RunnerError.clip(tail)))
    }

    /// Ends the runner and everything it started: SIGTERM, then SIGKILL if it is still there
    /// after half a second. Never waits more than a few seconds, whatever the runner does.
    func stop() {
        guard process.isRunning else { return }
        let pid = process.processIdentifier
        // A runner that is a shell script leaves children (a `sleep`, a compiler) holding its
        // pipes; stopping the script alone would leave them running and the harness waiting
        // for an end of file that never comes. Foundation starts the runner as the leader of
        // its own process group, so the negative pid stops everything it started.
        let target = pid > 0 && getpgid(pid) == pid ? -pid : pid
        kill(target, SIGTERM)
        var deadline = Date(timeIntervalSinceNow: 0.5)
        while process.isRunning && Date() < deadline { usleep(5_000) }
        guard process.isRunning else { return }
        kill(target, SIGKILL)
        deadline = Date(timeIntervalSinceNow: 3)
        while process.isRunning && Date() < deadline { usleep(5_000) }
    }

    /// Asks the runner to quit politely, then makes sure it is gone.
    func close() {
        if process.isRunning {
            try? input.fileHandleForWriting.write(contentsOf: Data("quit\n".utf8))
            try? input.fileHandleForWriting.close()
            let deadline = Date(timeIntervalSinceNow: 1)
            while process.isRunning && Date() < deadline { usleep(5_000) }
        }
        stop()
    }

    deinit {
        close()
    }
}
