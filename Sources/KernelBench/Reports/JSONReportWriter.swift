import Foundation

/// Writes a session as one `drawbridge.bench/1` JSON object (non-finite numbers as null).
public enum JSONReportWriter {
    // Encoded in place of NaN and infinities, then replaced by null: JSON has no such numbers.
    private static let marker = "\u{1}nonfinite"

    /// The session as pretty-printed JSON with sorted keys.
    public static func write(_ session: BenchSession) throws(BenchError) -> String {
        try encode(session)
    }

    /// Any encodable value with the same conventions (used for listings).
    public static func encode<T: Encodable>(_ value: T) throws(BenchError) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.nonConformingFloatEncodingStrategy = .convertToString(
            positiveInfinity: marker, negativeInfinity: marker, nan: marker)
        do {
            let data = try encoder.encode(value)
            let text = String(decoding: data, as: UTF8.self)
            return text.replacingOccurrences(of: "\"\\u0001nonfinite\"", with: "null")
        } catch {
            throw BenchError.io(path: "<json>", message: "cannot encode: \(error)")
        }
    }
}
