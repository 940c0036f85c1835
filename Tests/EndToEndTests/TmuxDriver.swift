import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// Drives the real binary in a detached tmux pane: a private server (`-L`), no user
/// configuration, a fixed size, keys in and screen text out.
final class TmuxDriver {
    /// Why a tmux session could not be driven.
    struct Failure: Error, CustomStringConvertible {
        /// What went wrong, with the screen at the time when there was one.
        var description: String
    }

    /// The tmux executable, or nil when it is not installed.
    static let executable: String? = {
        let paths = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":").map(String.init)
        return (paths + ["/usr/bin", "/usr/local/bin", "/opt/homebrew/bin"])
            .map { $0 + "/tmux" }
            .first { FileManager.default.isExecutableFile(atPath: $0) }
    }()

    private let tmux: String
    private let socket = "drawbridge-e2e-\(UUID().uuidString.prefix(8))"
    private let session = "wb"

    /// Starts `command` in a `width`×`height` pane with `environment` set.
    init(command: [String], width: Int, height: Int, environment: [String: String]) throws {
        guard let tmux = Self.executable else { throw Failure(description: "tmux is not installed") }
        self.tmux = tmux
        var arguments = ["-f", "/dev/null", "new-session", "-d", "-s", session, "-x", String(width), "-y", String(height)]
        for (key, value) in environment.sorted(by: { $0.key < $1.key }) { arguments += ["-e", "\(key)=\(value)"] }
        arguments.append(command.map(Self.shellQuoted).joined(separator: " "))
        try startServer(arguments)
        _ = try? run(["set-option", "-t", session, "status", "off"])
    }

    deinit { _ = try? run(["kill-server"]) }

    /// Sends tmux key names (`Enter`, `Tab`, `C-u`, `Escape`, or single characters).
    func keys(_ names: String...) throws {
        _ = try run(["send-keys", "-t", session] + names)
    }

    /// Types `text` literally.
    func type(_ text: String) throws {
        _ = try run(["send-keys", "-t", session, "-l", text])
    }

    /// Resizes the window (ncurses sees KEY_RESIZE).
    func resize(width: Int, height: Int) throws {
        _ = try run(["resize-window", "-t", session, "-x", String(width), "-y", String(height)])
    }

    /// The process id of this driver's tmux server.
    func serverPID() throws -> pid_t {
        let text = try run(["display-message", "-p", "-t", session, "#{pid}"])
        guard let pid = pid_t(text.trimmingCharacters(in: .whitespacesAndNewlines)) else {
            throw Failure(description: "tmux gave no server pid (got '\(text)')")
        }
        return pid
    }

    /// The pane's text now.
    func screen() throws -> String {
        try run(["capture-pane", "-p", "-t", session])
    }

    /// Waits (polling every 50 ms, at most `timeout` seconds) until the screen contains `text`. A screen shows in
    /// well under a second; the bound is generous because the other tests may hold both cores meanwhile.
    @discardableResult
    func waitFor(_ text: String, timeout: Double = 30) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        while Date() < deadline {
            last = (try? screen()) ?? last
            if last.contains(text) { return last }
            Thread.sleep(forTimeInterval: 0.05)
        }
        throw Failure(description: "waited \(timeout) s for '\(text)'; the screen was:\n\(last)")
    }

    /// Waits until the program has exited and the session is gone.
    func waitForExit(timeout: Double = 30) throws {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if (try? run(["has-session", "-t", session])) == nil { return }
            Thread.sleep(forTimeInterval: 0.05)
        }
        throw Failure(description: "the program did not exit within \(timeout) s; the screen was:\n\((try? screen()) ?? "")")
    }

    /// Runs the `new-session` client with posix_spawn and reaps it with waitpid: the tmux
    /// server it forks inherits the client's descriptors and outlives it, which leaves
    /// Foundation's `Process` waiting for a termination it never notices.
    private func startServer(_ arguments: [String]) throws {
        let argv = [tmux, "-L", socket] + arguments
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        for descriptor in Int32(0)...2 {
            posix_spawn_file_actions_addopen(&actions, descriptor, "/dev/null", descriptor == 0 ? O_RDONLY : O_WRONLY, 0)
        }
        // The server keeps every descriptor the client had. Tests run in parallel, so at this
        // moment another test may hold a pipe or the exit-notification socket of a process it
        // just started; a server that kept those would leave that test waiting for an end of
        // file until this server is killed. Foundation closes them for its children; do the same.
        Self.closeInheritedDescriptors(&actions)
        // Test runner threads block signals, and a spawned child inherits the mask: without
        // this the program in the pane would never see SIGWINCH (resizes) or SIGTERM.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var empty = sigset_t()
        sigemptyset(&empty)
        var all = sigset_t()
        sigfillset(&all)
        posix_spawnattr_setsigmask(&attributes, &empty)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var cArguments = argv.map { strdup($0) } + [nil]
        defer { for pointer in cArguments { free(pointer) } }
        var pid = pid_t()
        let spawned = posix_spawn(&pid, tmux, &actions, &attributes, &cArguments, environ)
        guard spawned == 0 else { throw Failure(description: "could not start tmux (error \(spawned))") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        guard status == 0 else { throw Failure(description: "tmux new-session exited with status \(status)") }
    }

    /// Adds "close every descriptor from 3 up" to `actions`: glibc's closefrom action where the
    /// C library has it (2.34 and later; the Swift module does not export it), else a close for
    /// each descriptor open now.
    private static func closeInheritedDescriptors(_ actions: inout posix_spawn_file_actions_t) {
        typealias AddCloseFrom = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32
        if let symbol = dlsym(nil, "posix_spawn_file_actions_addclosefrom_np") {
            _ = unsafeBitCast(symbol, to: AddCloseFrom.self)(&actions, 3)
            return
        }
        let open = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd")) ?? []
        for descriptor in open.compactMap(Int32.init) where descriptor > 2 {
            posix_spawn_file_actions_addclose(&actions, descriptor)
        }
    }

    @discardableResult
    private func run(_ arguments: [String], capture: Bool = true) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tmux)
        process.arguments = ["-L", socket] + arguments
        let out = Pipe()
        process.standardOutput = capture ? out : FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let watchdog = killLater(process, after: 60)
        defer { watchdog.cancel() }
        let data = capture ? out.fileHandleForReading.readDataToEndOfFile() : Data()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw Failure(description: "tmux \(arguments.joined(separator: " ")) exited with \(process.terminationStatus)")
        }
        return String(decoding: data, as: UTF8.self)
    }

    private static func shellQuoted(_ word: String) -> String {
        "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}

extension TmuxDriver {
    /// The workbench on `db` in a 120×40 tmux window, with the fixed clock and a UTF-8 locale.
    static func workbench(_ runner: BinaryRunner, db: String) throws -> TmuxDriver {
        try TmuxDriver(
            command: [runner.executable.path, "--db", db], width: 120, height: 40,
            environment: ["TERM": "xterm-256color", "LANG": "C.UTF-8", "TZ": "UTC", "DRAWBRIDGE_NOW": "2026-11-21T12:00:00Z"])
    }
}
