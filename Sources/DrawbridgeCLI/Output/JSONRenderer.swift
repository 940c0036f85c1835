import CUDAScan
import Foundation

/// Renders a `Tabular` as a JSON array of objects whose keys are the column names, in
/// column order, with numbers as numbers and missing values as `null`.
public enum JSONRenderer {
    /// Any encodable value as pretty JSON with snake_case keys, sorted, for `--format json`.
    public static func render<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.keyEncodingStrategy = .convertToSnakeCase
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    /// The JSON text (one object per line inside the array), with a trailing newline.
    public static func render(_ table: Tabular) -> String {
        guard !table.rows.isEmpty else { return "[]\n" }
        let objects = table.rows.map { row -> String in
            let members = zip(table.columns, row).map { column, value in
                JSONText.string(column.name) + ":" + JSONText.value(value)
            }
            return "  {" + members.joined(separator: ",") + "}"
        }
        return "[\n" + objects.joined(separator: ",\n") + "\n]\n"
    }
}

/// JSON literals written by hand so object keys keep their column order.
public enum JSONText {
    /// A JSON string literal with every control character escaped.
    public static func string(_ text: String) -> String {
        JSONTreeWriter.quoted(text)
    }

    /// A JSON literal for a typed value (non-finite numbers become `null`).
    public static func value(_ value: Tabular.Value) -> String {
        switch value {
        case .text(let text): return string(text)
        case .int(let number): return String(number)
        case .number(let number, _):
            guard number.isFinite else { return "null" }
            if number == number.rounded() && abs(number) < 1e15 { return String(Int64(number)) }
            return "\(number)"
        case .bool(let flag): return flag ? "true" : "false"
        case .null: return "null"
        }
    }
}
