/// Why a foreign results file was rejected; nothing from a rejected file is kept.
public enum ImportError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file is empty.
    case empty(source: String)
    /// The file exceeds the size limit.
    case tooLarge(source: String, bytes: Int, limit: Int)
    /// The file is not UTF-8 text.
    case notText(source: String)
    /// Nesting deeper than any supported format uses (a hostile or broken file).
    case tooDeep(source: String, depth: Int, limit: Int)
    /// Not valid JSON (truncated, NaN literals, trailing garbage...).
    case malformedJSON(source: String, detail: String)
    /// Valid input, but not one of the supported formats.
    case unknownFormat(source: String, detail: String)
    /// A field has the wrong type or an impossible value.
    case invalidField(source: String, path: String, detail: String)
    /// The file holds no usable results.
    case noResults(source: String, format: String)
    /// A kernel-name map line is malformed.
    case badKernelMap(path: String, line: Int, detail: String)
    /// A runner transcript line breaks the protocol.
    case badTranscript(source: String, line: Int, detail: String)

    /// A one-line, human-readable description.
    public var description: String {
        switch self {
        case .empty(let s): return "\(s): empty file"
        case .tooLarge(let s, let b, let l): return "\(s): \(b) bytes is over the \(l)-byte import limit"
        case .notText(let s): return "\(s): not UTF-8 text"
        case .tooDeep(let s, let d, let l): return "\(s): JSON nested \(d) levels deep (limit \(l)); refusing to parse"
        case .malformedJSON(let s, let d): return "\(s): malformed JSON: \(d)"
        case .unknownFormat(let s, let d): return "\(s): not a Google Benchmark, nvbench, hyperfine or runner-transcript file (\(d))"
        case .invalidField(let s, let p, let d): return "\(s): \(p): \(d)"
        case .noResults(let s, let f): return "\(s): \(f) file holds no usable results"
        case .badKernelMap(let p, let l, let d): return "\(p):\(l): \(d)"
        case .badTranscript(let s, let l, let d): return "\(s):\(l): \(d)"
        }
    }
}
