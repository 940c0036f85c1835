/// Splits line-oriented text (transcripts, runner manifests, kernel-name maps) into lines.
///
/// Splitting a `String` on the `Character` `"\n"` misses CRLF line ends, because `"\r\n"` is one grapheme:
/// a file saved on Windows read as a single line and was refused with a misleading message.
enum TextLines {
    /// The lines of `text`, split at every `\n` with a `\r` before it dropped; empty lines are kept.
    static func split(_ text: String) -> [String] {
        text.utf8.split(separator: 10, omittingEmptySubsequences: false).map { line in
            String(decoding: line.last == 13 ? line.dropLast() : line, as: UTF8.self)
        }
    }
}
