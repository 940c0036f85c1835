import Foundation

/// Checks on text a person types before it reaches the database.
enum Validate {
    /// Longest accepted name (team, codebase, engineer …).
    static let maxNameLength = 200
    /// Longest accepted free text (summary, note …).
    static let maxTextLength = 4_000

    /// A required name: not blank, no control characters, at most `maxNameLength` characters.
    static func name(_ value: String, field: String) throws(StoreError) -> String {
        try text(value, field: field, limit: maxNameLength)
    }

    /// Required free text: not blank, no control characters except none, bounded length.
    static func text(_ value: String, field: String, limit: Int = maxTextLength) throws(StoreError) -> String {
        if value.unicodeScalars.allSatisfy({ $0.properties.isWhitespace }) {
            throw .invalidValue(field: field, value: value, reason: "must not be empty")
        }
        if let bad = value.unicodeScalars.first(where: isControl) {
            let code = "U+" + String(bad.value, radix: 16, uppercase: true)
            throw .invalidValue(
                field: field, value: value, reason: "contains a control character (\(code))")
        }
        if value.count > limit {
            throw .invalidValue(
                field: field, value: String(value.prefix(40)) + "…",
                reason: "longer than \(limit) characters")
        }
        return value
    }

    /// Optional free text: nil stays nil, otherwise the same rules as `text`.
    static func optionalText(_ value: String?, field: String, limit: Int = maxTextLength) throws(StoreError) -> String? {
        guard let value else { return nil }
        return try text(value, field: field, limit: limit)
    }

    /// Hours of work: a finite number greater than 0 and at most 1,000.
    static func hours(_ value: Double) throws(StoreError) -> Double {
        guard value.isFinite, value > 0 else {
            throw .invalidValue(field: "hours", value: String(format: "%g", value), reason: "must be a number greater than 0")
        }
        guard value <= 1_000 else {
            throw .invalidValue(field: "hours", value: String(format: "%g", value), reason: "must be at most 1000")
        }
        return value
    }

    /// C0/C1 controls, DEL and bidi overrides: nothing a name should ever contain.
    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        return v < 0x20 || v == 0x7F || (0x80...0x9F).contains(v)
            || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)
    }
}
