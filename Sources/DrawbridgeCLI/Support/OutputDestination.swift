import Foundation

/// Where output goes: standard output, or a file written atomically (a reader never sees
/// half of it, and a failed write leaves any old file in place). `ReportStream` does the
/// writing, so whole texts and streamed reports follow the same rules.
enum OutputDestination {
    /// The file could not be written.
    struct WriteFailed: Error, CustomStringConvertible {
        let path: String
        let reason: String
        var description: String { "cannot write '\(TerminalSafe.text(path))': \(reason)" }
    }

    /// Writes `text` to `path`, or to standard output when `path` is nil or `-`; a text
    /// without a final newline gets one.
    static func write(_ text: String, to path: String?) throws {
        try ReportStream(to: path).finish(text)
    }
}
