import Foundation

/// How to start an external runner: a small `key = value` file, one setting a line.
///
/// ```
/// # Drawbridge runner manifest
/// name = ascend
/// command = ./ascend-runner        # relative to this file's directory, or found on PATH
/// arg = --device                   # one `arg` line per argument, in order
/// arg = 0
/// workdir = .                      # relative to this file's directory
/// timeout = 60                     # seconds allowed for any one reply
/// protocol = 1
/// ```
public struct RunnerManifest: Sendable, Hashable {
    /// The port name results are stored under.
    public var name: String
    /// The program to start.
    public var command: String
    /// Its arguments.
    public var arguments: [String]
    /// The working directory (absolute once loaded).
    public var workingDirectory: String
    /// Seconds allowed for any single reply before the runner is killed.
    public var timeout: Double
    /// The protocol version the manifest declares.
    public var protocolVersion: Int
    /// Where the manifest was read from (for messages).
    public var path: String

    /// Creates a manifest in code (the CUDA port builds one for its runner).
    public init(name: String, command: String, arguments: [String] = [], workingDirectory: String = ".",
                timeout: Double = 60, protocolVersion: Int = RunnerProtocol.version, path: String = "<built-in>") {
        self.name = name
        self.command = command
        self.arguments = arguments
        self.workingDirectory = workingDirectory
        self.timeout = timeout
        self.protocolVersion = protocolVersion
        self.path = path
    }

    /// Reads and validates a manifest file.
    public static func load(path: String) throws(BenchError) -> RunnerManifest {
        switch RegularFile.read(path, limit: 1 << 20) {
        case .success(let data):
            guard let text = String(data: data, encoding: .utf8) else {
                throw BenchError.io(path: path, message: "cannot read runner manifest: not UTF-8 text")
            }
            return try parse(text, path: path)
        case .failure(let refusal):
            throw BenchError.io(path: path, message: "cannot read runner manifest: \(refusal)")
        }
    }

    /// Parses manifest text; relative paths are resolved against the manifest's directory.
    public static func parse(_ text: String, path: String) throws(BenchError) -> RunnerManifest {
        func bad(_ line: Int, _ message: String) -> BenchError {
            .runner(.badManifest(path: path, line: line, message: message))
        }
        let base = URL(fileURLWithPath: path).deletingLastPathComponent()
        var fields: [String: (String, Int)] = [:]
        var arguments: [String] = []
        for (index, raw) in TextLines.split(text).enumerated() {
            let lineNo = index + 1
            var line = raw
            if let hash = line.range(of: " #") ?? (line.hasPrefix("#") ? line.range(of: "#") : nil) {
                line = String(line[..<hash.lowerBound])
            }
            line = line.trimmingCharacters(in: .whitespaces)
            if line.isEmpty { continue }
            guard let eq = line.firstIndex(of: "=") else { throw bad(lineNo, "expected 'key = value', got '\(RunnerError.clip(line))'") }
            let key = line[..<eq].trimmingCharacters(in: .whitespaces).lowercased()
            let value = line[line.index(after: eq)...].trimmingCharacters(in: .whitespaces)
            switch key {
            case "arg": arguments.append(value)
            case "name", "command", "workdir", "timeout", "protocol":
                if fields[key] != nil { throw bad(lineNo, "'\(key)' given twice") }
                fields[key] = (value, lineNo)
            default: throw bad(lineNo, "unknown key '\(RunnerError.clip(key))' (known: name, command, arg, workdir, timeout, protocol)")
            }
        }
        guard let (name, nameLine) = fields["name"] else { throw bad(1, "missing 'name'") }
        guard name.range(of: "^[A-Za-z0-9][A-Za-z0-9_.-]{0,39}$", options: .regularExpression) != nil else {
            throw bad(nameLine, "name must be 1-40 letters, digits, '.', '_' or '-'")
        }
        guard let (command, _) = fields["command"], !command.isEmpty else { throw bad(1, "missing 'command'") }
        var timeout = 60.0
        if let (t, line) = fields["timeout"] {
            guard let v = Double(t), v > 0, v <= 3600 else { throw bad(line, "timeout must be 0-3600 seconds, got '\(RunnerError.clip(t))'") }
            timeout = v
        }
        var version = RunnerProtocol.version
        if let (p, line) = fields["protocol"] {
            guard let v = Int(p) else { throw bad(line, "protocol must be an integer") }
            guard v == RunnerProtocol.version else { throw bad(line, "protocol \(v) is not supported (this harness speaks \(RunnerProtocol.version))") }
            version = v
        }
        let workdir = fields["workdir"].map { $0.0 } ?? "."
        let resolvedDir = workdir.hasPrefix("/") ? workdir : base.appendingPathComponent(workdir).standardizedFileURL.path
        let resolvedCommand = command.contains("/") && !command.hasPrefix("/")
            ? base.appendingPathComponent(command).standardizedFileURL.path : command
        return RunnerManifest(name: name, command: resolvedCommand, arguments: arguments, workingDirectory: resolvedDir,
                              timeout: timeout, protocolVersion: version, path: path)
    }
}
