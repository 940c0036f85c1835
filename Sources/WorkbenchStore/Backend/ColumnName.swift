/// Record properties are camelCase (`teamId`, `q1Ns`), columns snake_case (`team_id`,
/// `q1_ns`): a `_` before each capital that follows a lower-case letter or digit.
public enum ColumnName {
    /// The column a record property is stored in.
    public static func of(_ key: String) -> String {
        var out = ""
        var previousIsLowerOrDigit = false
        for character in key {
            if character.isUppercase {
                if previousIsLowerOrDigit { out.append("_") }
                out += character.lowercased()
                previousIsLowerOrDigit = false
            } else {
                out.append(character)
                previousIsLowerOrDigit = character.isLowercase || character.isNumber
            }
        }
        return out
    }

    /// `name` as a quoted SQL identifier (`"column"` is a keyword in both servers).
    public static func quoted(_ name: String) -> String { "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }
}
