import Foundation

/// The commit a directory is checked out at, when it is inside a git work tree.
public enum GitRevision {
    /// `git rev-parse HEAD` run in `directory`, or nil (no git, not a work tree, no commits).
    public static func of(_ directory: String) -> String? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-C", directory, "rev-parse", "--verify", "-q", "HEAD"]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        do { try process.run() } catch { return nil }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { return nil }
        let revision = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        return revision.count == 40 && revision.allSatisfy(\.isHexDigit) ? revision : nil
    }
}
