import Foundation

/// Where a report goes: standard output, or a file written atomically (a reader never
/// sees half a report, and a failed write leaves any old file in place).
enum OutputDestination {
    /// The file could not be written.
    struct WriteFailed: Error, CustomStringConvertible {
        let path: String
        let reason: String
        var description: String { "cannot write '\(TerminalSafe.text(path))': \(reason)" }
    }

    /// Writes `text` to `path`, or to standard output when `path` is nil or `-`.
    static func write(_ text: String, to path: String?) throws {
        guard let path, path != "-" else {
            FileHandle.standardOutput.write(Data(text.utf8))
            return
        }
        let directory = (path as NSString).deletingLastPathComponent
        var isDirectory: ObjCBool = false
        if !directory.isEmpty, !FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory) || !isDirectory.boolValue {
            throw WriteFailed(path: path, reason: "directory does not exist")
        }
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw WriteFailed(path: path, reason: (error as NSError).localizedDescription)
        }
    }
}
