import Foundation

/// What went wrong talking to an external runner, with the runner's name and the evidence.
public enum RunnerError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The manifest file is malformed.
    case badManifest(path: String, line: Int, message: String)
    /// The command could not be started.
    case launchFailed(runner: String, command: String, message: String)
    /// No reply within the time limit; the runner was killed.
    case timedOut(runner: String, seconds: Double, waitingFor: String)
    /// The runner exited while a reply was expected.
    case exited(runner: String, status: Int32, stderrTail: String)
    /// The runner wrote a line that does not follow the protocol.
    case garbage(runner: String, line: String, expected: String)
    /// The runner speaks another protocol version.
    case versionMismatch(runner: String, offered: String, supported: Int)
    /// The runner reported an error for a request.
    case reported(runner: String, request: String, message: String)

    /// A one-line, human-readable description.
    public var description: String {
        switch self {
        case .badManifest(let path, let line, let message):
            return "\(path):\(line): \(message)"
        case .launchFailed(let runner, let command, let message):
            return "runner \(runner): cannot start '\(command)': \(message)"
        case .timedOut(let runner, let seconds, let waitingFor):
            return "runner \(runner): no \(waitingFor) within \(formatSeconds(seconds)); killed"
        case .exited(let runner, let status, let tail):
            let detail = tail.isEmpty ? "" : " (stderr: \(tail))"
            return "runner \(runner): exited with status \(status)\(detail)"
        case .garbage(let runner, let line, let expected):
            return "runner \(runner): protocol violation: expected \(expected), got '\(RunnerError.clip(line))'"
        case .versionMismatch(let runner, let offered, let supported):
            return "runner \(runner): speaks protocol '\(RunnerError.clip(offered))', this harness speaks version \(supported)"
        case .reported(let runner, let request, let message):
            return "runner \(runner): '\(request)' failed: \(message)"
        }
    }

    /// Shortens untrusted text and strips control characters before it is shown.
    static func clip(_ text: String) -> String {
        let clean = String(text.unicodeScalars.map { $0.value < 32 || $0.value == 127 ? "?" : Character($0) })
        return clean.count > 120 ? String(clean.prefix(117)) + "..." : clean
    }
}

func formatSeconds(_ s: Double) -> String {
    s >= 10 ? "\(Int(s.rounded())) s" : String(format: "%.1f s", s)
}
