/// One value as a column holds it, in the four kinds both SQLite and PostgreSQL store for a
/// workspace: the common ground the store's queries are written against.
public enum SQLValue: Sendable, Equatable, CustomStringConvertible {
    /// SQL NULL.
    case null
    /// A 64-bit integer (also booleans, as 0 and 1).
    case integer(Int64)
    /// A double-precision number.
    case real(Double)
    /// Text.
    case text(String)

    /// The kind, for messages ("integer", "text" …).
    public var kindName: String {
        switch self {
        case .null: return "NULL"
        case .integer: return "integer"
        case .real: return "real"
        case .text: return "text"
        }
    }

    /// The value as SQL would print it, for messages.
    public var description: String {
        switch self {
        case .null: return "NULL"
        case .integer(let value): return String(value)
        case .real(let value): return String(value)
        case .text(let value): return value
        }
    }
}

/// A Swift type that is stored in one column.
public protocol SQLValueConvertible: Sendable {
    /// The value to bind.
    var sqlValue: SQLValue { get }
    /// The Swift value of a column, or nil when the column holds another kind.
    init?(sqlValue: SQLValue)
}

extension Int64: SQLValueConvertible {
    /// An integer column.
    public var sqlValue: SQLValue { .integer(self) }
    /// Reads an integer column (a real with no fraction is accepted, as SQLite may store one).
    public init?(sqlValue: SQLValue) {
        switch sqlValue {
        case .integer(let value): self = value
        case .real(let value) where value.rounded() == value && abs(value) < 9.0e18: self = Int64(value)
        default: return nil
        }
    }
}

extension Int: SQLValueConvertible {
    /// An integer column.
    public var sqlValue: SQLValue { .integer(Int64(self)) }
    /// Reads an integer column.
    public init?(sqlValue: SQLValue) {
        guard let value = Int64(sqlValue: sqlValue) else { return nil }
        self = Int(value)
    }
}

extension Double: SQLValueConvertible {
    /// A real column.
    public var sqlValue: SQLValue { .real(self) }
    /// Reads a real or an integer column.
    public init?(sqlValue: SQLValue) {
        switch sqlValue {
        case .real(let value): self = value
        case .integer(let value): self = Double(value)
        default: return nil
        }
    }
}

extension String: SQLValueConvertible {
    /// A text column.
    public var sqlValue: SQLValue { .text(self) }
    /// Reads a text column.
    public init?(sqlValue: SQLValue) {
        guard case .text(let value) = sqlValue else { return nil }
        self = value
    }
}

extension Bool: SQLValueConvertible {
    /// An integer column holding 0 or 1, as the schema's CHECK constraints require.
    public var sqlValue: SQLValue { .integer(self ? 1 : 0) }
    /// Reads 0 or 1.
    public init?(sqlValue: SQLValue) {
        guard let value = Int64(sqlValue: sqlValue) else { return nil }
        self = value != 0
    }
}

/// The bound values of one statement, in placeholder order; nil binds NULL.
public typealias SQLArguments = [(any SQLValueConvertible)?]

extension Array where Element == (any SQLValueConvertible)? {
    /// The values to bind.
    var sqlValues: [SQLValue] { map { $0?.sqlValue ?? .null } }
}
