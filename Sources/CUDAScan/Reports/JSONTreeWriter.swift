import Foundation

/// Writes a tree of `[String: Any]`, `[Any]`, strings, numbers, booleans and `NSNull` as
/// pretty-printed JSON with sorted keys.
///
/// Reports hold hundreds of thousands of findings; Foundation's `JSONSerialization` on
/// Linux took over a minute and gigabytes of memory for 262,000 of them, so reports are
/// written here, straight into one string.
public enum JSONTreeWriter {
    /// The JSON text of `value`.
    static func write(_ value: Any, indent: Int = 0) -> String {
        var out = ""
        append(value, indent: indent, to: &out)
        return out
    }

    /// Appends the JSON text of `value`, nested `indent` spaces deep, to `out`.
    static func append(_ value: Any, indent: Int, to out: inout String) {
        switch value {
        case let text as String:
            appendString(text, to: &out)
        case let flag as Bool:
            out += flag ? "true" : "false"
        case let number as Int:
            out += String(number)
        case let number as Double:
            out += number.isFinite ? (number == number.rounded() && abs(number) < 1e15 ? String(Int64(number)) : "\(number)") : "null"
        case let object as [String: Any]:
            appendObject(object, indent: indent, to: &out)
        case let array as [Any]:
            appendArray(array, indent: indent, to: &out)
        default:
            out += "null"
        }
    }

    private static func appendObject(_ object: [String: Any], indent: Int, to out: inout String) {
        guard !object.isEmpty else { out += "{}"; return }
        out += "{\n"
        let keys = object.keys.sorted()
        for (index, key) in keys.enumerated() {
            pad(indent + 2, &out)
            appendString(key, to: &out)
            out += " : "
            append(object[key] as Any, indent: indent + 2, to: &out)
            out += index == keys.count - 1 ? "\n" : ",\n"
        }
        pad(indent, &out)
        out += "}"
    }

    private static func appendArray(_ array: [Any], indent: Int, to out: inout String) {
        guard !array.isEmpty else { out += "[]"; return }
        out += "[\n"
        for (index, element) in array.enumerated() {
            pad(indent + 2, &out)
            append(element, indent: indent + 2, to: &out)
            out += index == array.count - 1 ? "\n" : ",\n"
        }
        pad(indent, &out)
        out += "]"
    }

    private static func pad(_ count: Int, _ out: inout String) {
        out.append(contentsOf: repeatElement(" " as Character, count: count))
    }

    /// `text` as a JSON string literal (control characters and the two line separators escaped).
    public static func quoted(_ text: String) -> String {
        var out = ""
        appendString(text, to: &out)
        return out
    }

    /// Appends `text` as a JSON string literal to `out`.
    static func appendString(_ text: String, to out: inout String) {
        out += "\""
        var plain = true
        for byte in text.utf8 where byte < 0x20 || byte == 0x22 || byte == 0x5C || byte == 0xE2 {
            plain = false
            break
        }
        if plain {
            out += text
        } else {
            for scalar in text.unicodeScalars {
                switch scalar {
                case "\"": out += "\\\""
                case "\\": out += "\\\\"
                case "\n": out += "\\n"
                case "\r": out += "\\r"
                case "\t": out += "\\t"
                default:
                    if scalar.value < 0x20 || scalar.value == 0x2028 || scalar.value == 0x2029 {
                        let hex = String(scalar.value, radix: 16)
                        out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                    } else {
                        out.unicodeScalars.append(scalar)
                    }
                }
            }
        }
        out += "\""
    }
}
