import Foundation

/// The report as JSON: the same numbers as the documents, for other tools.
enum JSONReport {
    /// Pretty-printed, sorted keys, snake_case, so diffs and `jq` stay simple.
    static func render(_ report: Report) -> String {
        let encoder = JSONEncoder()
        encoder.keyEncodingStrategy = .convertToSnakeCase
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Every field is a plain value; encoding cannot fail, but never crash on it.
        guard let data = try? encoder.encode(report) else { return "{}\n" }
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// Reads a report written by `render`.
    static func decode(_ text: String) throws -> Report {
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        return try decoder.decode(Report.self, from: Data(text.utf8))
    }
}

extension Report {
    /// Reads a report from its JSON rendering.
    public static func decodeJSON(_ text: String) throws -> Report {
        try JSONReport.decode(text)
    }
}
