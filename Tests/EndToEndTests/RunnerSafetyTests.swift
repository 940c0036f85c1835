import Foundation
import Testing

/// External runners run only from manifests named on the command line; one that hangs (with
/// children of its own) is stopped at its time limit, one that prints garbage is reported,
/// and neither leaves the workspace unsound.
@Suite("Runner safety")
final class RunnerSafetyTests {
    let session: E2EWorkspace
    var runner: BinaryRunner { session.runner }
    var directory: URL { session.directory }
    var db: String { session.db }

    init() throws { session = try E2EWorkspace() }

    /// A runner script and its manifest in `directory`; returns the manifest's path.
    func makeRunner(_ name: String, script: String, timeout: Double = 1) throws -> String {
        let program = directory.appendingPathComponent("\(name).sh")
        try ("#!/bin/sh\n" + script).write(to: program, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: program.path)
        let manifest = directory.appendingPathComponent("\(name).manifest")
        try "name = \(name)\ncommand = ./\(name).sh\ntimeout = \(timeout)\nprotocol = 1\n".write(to: manifest, atomically: true, encoding: .utf8)
        return manifest.path
    }

    /// Whether a process whose command line contains `marker` is still alive.
    func alive(_ marker: String) throws -> Bool {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["pgrep", "-f", marker]
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus == 0
    }

    @Test("a runner that hangs in a child process is stopped with its children at the time limit; one that prints garbage is reported")
    func hangingAndGarbageRunners() throws {
        // The child `sleep` keeps the runner's output open: only stopping the whole process group ends the wait.
        let hang = try makeRunner("hang", script: "sleep 987654\n")
        // Plenty of time to greet, so a loaded machine still sees the garbage rather than a timeout.
        let junk = try makeRunner("junk", script: "printf '\\033[31mnot a greeting\\n'; head -c 3000 /dev/zero | tr '\\\\0' 'x'\n", timeout: 20)
        let start = Date()
        let result = try runner.run(["bench", "run", "--runner", hang, "--runner", junk, "--port", "hang", "--port", "junk",
                                     "--kernel", "copy", "--size", "S", "--max-time", "0.3", "--save", "--db", db])
        let elapsed = Date().timeIntervalSince(start)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(elapsed < 60, "took \(elapsed) s")
        #expect(result.stderr.contains("runner hang: no greeting"))
        #expect(result.stderr.contains("runner junk: protocol violation"))
        #expect(!result.stderr.contains("\u{1b}"), "a runner's escape sequence reached the terminal")
        #expect(try !alive("sleep 987654"), "the hanging runner's child outlived it")
        let check = try runner.run(["check", "--db", db])
        #expect(check.status == 0, "\(check.stdout)")
    }

    @Test("a manifest and script inside a scanned tree are never run")
    func nothingRunsFromAScannedTree() throws {
        let tree = directory.appendingPathComponent("tree")
        try FileManager.default.createDirectory(at: tree, withIntermediateDirectories: true)
        let marker = directory.appendingPathComponent("ran")
        let script = tree.appendingPathComponent("runner.sh")
        try "#!/bin/sh\ntouch '\(marker.path)'\n".write(to: script, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: script.path)
        try "name = sneaky\ncommand = ./runner.sh\ntimeout = 5\nprotocol = 1\n"
            .write(to: tree.appendingPathComponent("runner.manifest"), atomically: true, encoding: .utf8)
        try "cudaMalloc(&p, n);\n".write(to: tree.appendingPathComponent("k.cu"), atomically: true, encoding: .utf8)
        #expect(try runner.run(["scan", tree.path, "--save", "--db", db]).status == 0)
        let listing = try runner.run(["bench", "list"], in: tree)
        #expect(listing.status == 0)
        #expect(!listing.stdout.contains("sneaky"))
        #expect(try runner.run(["bench", "run", "--kernel", "copy", "--size", "S", "--max-time", "0.2", "--port", "c"], in: tree).status == 0)
        #expect(!FileManager.default.fileExists(atPath: marker.path), "a runner found in the scanned tree was started")
    }
}

/// Input files that are not regular files are refused before a byte is read.
@Suite("Special files as input")
final class SpecialFileInputTests {
    let session: E2EWorkspace

    init() throws { session = try E2EWorkspace() }

    @Test("a FIFO or a device given to import, bench import or --runner is refused at once, not waited on")
    func fifoAndDevice() throws {
        let fifo = session.directory.appendingPathComponent("input.json").path
        #expect(mkfifo(fifo, 0o600) == 0)
        for arguments in [["import", fifo], ["bench", "import", fifo, "--port", "x"], ["bench", "import", "/dev/zero", "--port", "x"],
                          ["bench", "list", "--runner", fifo]] {
            let start = Date()
            let result = try session.run(arguments)
            #expect(result.status != 0, "\(arguments)")
            #expect(result.stderr.contains("not a regular file"), "\(arguments): \(result.stderr)")
            #expect(Date().timeIntervalSince(start) < 30)
        }
    }
}
