/// A catalog wildcard symbol split at its one `*`, matched on UTF-8 bytes.
struct WildcardPattern: Sendable {
    let prefix: [UInt8]
    let suffix: [UInt8]

    init(_ pattern: String) {
        let bytes = Array(pattern.utf8)
        if let star = bytes.firstIndex(of: 42) {
            prefix = Array(bytes[..<star])
            suffix = Array(bytes[(star + 1)...])
        } else {
            prefix = bytes
            suffix = []
        }
    }

    /// The text matched by the `*` when the pattern matches `text`, else nil.
    func match(_ text: String) -> String? {
        var result: String?
        text.utf8.withContiguousStorageIfAvailable { buffer in
            guard buffer.count >= prefix.count + suffix.count,
                  buffer.starts(with: prefix), buffer.reversed().starts(with: suffix.reversed()) else { return }
            result = String(decoding: buffer[prefix.count..<(buffer.count - suffix.count)], as: UTF8.self)
        }
        return result
    }

    /// Matches `pattern` (one `*`) against `text`; the text the `*` stood for, or nil.
    static func match(_ pattern: String, _ text: String) -> String? {
        var copy = text
        copy.makeContiguousUTF8()
        return WildcardPattern(pattern).match(copy)
    }
}
