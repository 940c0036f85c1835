import Foundation

/// The foreign formats the importer understands.
public enum ImportFormat: String, Sendable, Codable, CaseIterable {
    /// Google Benchmark `--benchmark_format=json`.
    case googleBenchmark = "google-benchmark"
    /// nvbench `--json`.
    case nvbench
    /// hyperfine `--export-json`.
    case hyperfine
    /// A saved transcript of the runner protocol.
    case transcript = "runner-transcript"

    /// Recognises the format from the first bytes and, for JSON, the top-level keys.
    static func detect(_ data: Data, source: String) throws(ImportError) -> (ImportFormat, JSONNode?) {
        let head = String(decoding: data.prefix(4096), as: UTF8.self)
        let trimmed = head.drop { $0 == " " || $0 == "\n" || $0 == "\r" || $0 == "\t" }
        if trimmed.hasPrefix("hello ") || trimmed.hasPrefix("< hello ") || trimmed.hasPrefix("> hello ") || trimmed.hasPrefix("#") {
            return (.transcript, nil)
        }
        guard trimmed.hasPrefix("{") || trimmed.hasPrefix("[") else {
            throw ImportError.unknownFormat(source: source, detail: "neither JSON nor a transcript starting with 'hello'")
        }
        let root = try JSONNode.parse(data, source: source)
        if root.has("context") && root.has("benchmarks") { return (.googleBenchmark, root) }
        if root.has("meta") && root.has("benchmarks") { return (.nvbench, root) }
        if root.has("results") { return (.hyperfine, root) }
        // Keys are the file's own text: clipped, so a hostile key cannot put control characters in the message.
        let keys = ((root.value as? [String: Any])?.keys.sorted().prefix(5).map(RunnerError.clip).joined(separator: ", "))
            ?? "not an object"
        throw ImportError.unknownFormat(source: source, detail: "top-level keys: \(keys)")
    }
}
