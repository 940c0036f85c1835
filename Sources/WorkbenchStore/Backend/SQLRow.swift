/// The column names of one result, shared by all its rows.
public final class SQLColumns: Sendable {
    /// Names in select order.
    public let names: [String]
    private let indexes: [String: Int]

    /// Columns called `names`; on a repeated name the first wins, as in SQLite.
    public init(_ names: [String]) {
        self.names = names
        var indexes: [String: Int] = [:]
        for (index, name) in names.enumerated() where indexes[name] == nil { indexes[name] = index }
        self.indexes = indexes
    }

    /// The position of `name`, if the result has it.
    public func index(of name: String) -> Int? { indexes[name] }
}

/// One row of a query result, read by column name or position.
///
/// Reads throw instead of trapping: a workspace file can be edited by hand, and a wrong
/// kind of value must become a message, not a crash.
public struct SQLRow: Sendable {
    /// The result's columns.
    public let columns: SQLColumns
    /// The values, in column order.
    public let values: [SQLValue]

    /// A row of `values` under `columns`.
    public init(columns: SQLColumns, values: [SQLValue]) {
        self.columns = columns
        self.values = values
    }

    /// The raw value of column `name` (NULL when the result has no such column).
    public func value(_ name: String) -> SQLValue {
        guard let index = columns.index(of: name), index < values.count else { return .null }
        return values[index]
    }

    /// True when the result has a column `name`.
    public func has(_ name: String) -> Bool { columns.index(of: name) != nil }

    /// Column `name`, which must not be NULL.
    public subscript<T: SQLValueConvertible>(_ name: String) -> T {
        get throws(StoreError) { try Self.convert(value(name), column: name) }
    }

    /// Column `name`, nil when NULL.
    public subscript<T: SQLValueConvertible>(_ name: String) -> T? {
        get throws(StoreError) {
            let raw = value(name)
            if raw == .null { return nil }
            return try Self.convert(raw, column: name) as T
        }
    }

    /// Column `index`, which must not be NULL.
    public subscript<T: SQLValueConvertible>(_ index: Int) -> T {
        get throws(StoreError) { try Self.convert(index < values.count ? values[index] : .null, column: "#\(index)") }
    }

    /// Column `index`, nil when NULL.
    public subscript<T: SQLValueConvertible>(_ index: Int) -> T? {
        get throws(StoreError) {
            guard index < values.count, values[index] != .null else { return nil }
            return try Self.convert(values[index], column: "#\(index)") as T
        }
    }

    static func convert<T: SQLValueConvertible>(_ raw: SQLValue, column: String) throws(StoreError) -> T {
        guard let value = T(sqlValue: raw) else {
            throw .database(message: "column \(column) holds \(raw.kindName) where \(T.self) was expected")
        }
        return value
    }
}
