/// Renders a `Tabular` as a JSON array of objects whose keys are the column names, in
/// column order, with numbers as numbers and missing values as `null`.
public enum JSONRenderer {
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
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F || scalar.value == 0x2028 || scalar.value == 0x2029 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
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
