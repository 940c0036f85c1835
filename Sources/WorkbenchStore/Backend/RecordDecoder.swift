/// Builds a record from a row through its `Decodable` conformance, reading each property
/// from its snake_case column. A column of the wrong kind is a `StoreError`, not a trap.
struct RecordDecoder {
    /// `R` from `row`.
    static func decode<R: Decodable>(_ type: R.Type, from row: SQLRow) throws -> R {
        try R(from: RowDecoding(row: row))
    }
}

private struct RowDecoding: Decoder {
    let row: SQLRow
    var codingPath: [any CodingKey] = []
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        KeyedDecodingContainer(RowContainer<Key>(row: row))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        throw StoreError.database(message: "a row is read by column name")
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer {
        throw StoreError.database(message: "a row is read by column name")
    }
}

private struct RowContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let row: SQLRow
    var codingPath: [any CodingKey] = []
    var allKeys: [Key] { row.columns.names.compactMap { Key(stringValue: $0) } }

    private func raw(_ key: Key) -> SQLValue { row.value(ColumnName.of(key.stringValue)) }
    private func read<T: SQLValueConvertible>(_ key: Key) throws -> T {
        try SQLRow.convert(raw(key), column: ColumnName.of(key.stringValue))
    }

    func contains(_ key: Key) -> Bool { row.has(ColumnName.of(key.stringValue)) }
    func decodeNil(forKey key: Key) throws -> Bool { raw(key) == .null }
    func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { try read(key) }
    func decode(_ type: String.Type, forKey key: Key) throws -> String { try read(key) }
    func decode(_ type: Double.Type, forKey key: Key) throws -> Double { try read(key) }
    func decode(_ type: Int.Type, forKey key: Key) throws -> Int { try read(key) }
    func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 { try read(key) }
    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
        if let direct = type as? any SQLValueConvertible.Type {
            let column = ColumnName.of(key.stringValue)
            guard let value = direct.init(sqlValue: raw(key)) as? T else {
                throw StoreError.database(message: "column \(column) holds \(raw(key).kindName) where \(T.self) was expected")
            }
            return value
        }
        return try T(from: ValueDecoding(value: raw(key), column: ColumnName.of(key.stringValue)))
    }

    func nestedContainer<NestedKey: CodingKey>(
        keyedBy type: NestedKey.Type, forKey key: Key
    ) throws -> KeyedDecodingContainer<NestedKey> {
        throw StoreError.database(message: "column \(ColumnName.of(key.stringValue)) holds one value")
    }
    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        throw StoreError.database(message: "column \(ColumnName.of(key.stringValue)) holds one value")
    }
    func superDecoder() throws -> any Decoder { throw StoreError.database(message: "records have no superclass") }
    func superDecoder(forKey key: Key) throws -> any Decoder {
        throw StoreError.database(message: "records have no superclass")
    }
}

/// Decodes one column into a value type such as an enum or a `DayDate`.
private struct ValueDecoding: Decoder, SingleValueDecodingContainer {
    let value: SQLValue
    let column: String
    var codingPath: [any CodingKey] = []
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        throw StoreError.database(message: "column \(column) holds one value")
    }
    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        throw StoreError.database(message: "column \(column) holds one value")
    }
    func singleValueContainer() throws -> any SingleValueDecodingContainer { self }

    private func read<T: SQLValueConvertible>() throws -> T { try SQLRow.convert(value, column: column) }
    private func readInteger<T: FixedWidthInteger>() throws -> T {
        let wide: Int64 = try read()
        guard let narrow = T(exactly: wide) else {
            throw StoreError.database(message: "column \(column) holds \(wide), out of range for \(T.self)")
        }
        return narrow
    }

    func decodeNil() -> Bool { value == .null }
    func decode(_ type: Bool.Type) throws -> Bool { try read() }
    func decode(_ type: String.Type) throws -> String { try read() }
    func decode(_ type: Double.Type) throws -> Double { try read() }
    func decode(_ type: Float.Type) throws -> Float { Float(try read() as Double) }
    func decode(_ type: Int.Type) throws -> Int { try read() }
    func decode(_ type: Int8.Type) throws -> Int8 { try readInteger() }
    func decode(_ type: Int16.Type) throws -> Int16 { try readInteger() }
    func decode(_ type: Int32.Type) throws -> Int32 { try readInteger() }
    func decode(_ type: Int64.Type) throws -> Int64 { try read() }
    func decode(_ type: UInt.Type) throws -> UInt { try readInteger() }
    func decode(_ type: UInt8.Type) throws -> UInt8 { try readInteger() }
    func decode(_ type: UInt16.Type) throws -> UInt16 { try readInteger() }
    func decode(_ type: UInt32.Type) throws -> UInt32 { try readInteger() }
    func decode(_ type: UInt64.Type) throws -> UInt64 { try readInteger() }
    func decode<T: Decodable>(_ type: T.Type) throws -> T { try T(from: self) }
}
