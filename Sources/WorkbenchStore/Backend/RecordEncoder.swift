/// Turns a record into its columns and values through its `Encodable` conformance, so a
/// record type needs nothing but its properties. A nil optional becomes an explicit NULL
/// (synthesised conformances skip nils, and an update must clear the column).
struct RecordEncoder {
    /// The columns (snake_case) and values of `record`, in property order.
    static func columns<R: Encodable>(of record: R) throws -> [(String, SQLValue)] {
        let sink = ColumnSink()
        try record.encode(to: ColumnEncoding(sink: sink))
        return sink.columns
    }
}

/// Collects what the keyed container is given.
final class ColumnSink {
    var columns: [(String, SQLValue)] = []
}

private struct ColumnEncoding: Encoder {
    let sink: ColumnSink
    var codingPath: [any CodingKey] = []
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        KeyedEncodingContainer(ColumnContainer<Key>(sink: sink))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        preconditionFailure("records are flat: a column cannot hold a list")
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        preconditionFailure("records are keyed by column")
    }
}

private struct ColumnContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let sink: ColumnSink
    var codingPath: [any CodingKey] = []

    private func put(_ value: SQLValue, _ key: Key) { sink.columns.append((ColumnName.of(key.stringValue), value)) }

    mutating func encodeNil(forKey key: Key) throws { put(.null, key) }
    mutating func encode(_ value: Bool, forKey key: Key) throws { put(value.sqlValue, key) }
    mutating func encode(_ value: String, forKey key: Key) throws { put(.text(value), key) }
    mutating func encode(_ value: Double, forKey key: Key) throws { put(.real(value), key) }
    mutating func encode(_ value: Float, forKey key: Key) throws { put(.real(Double(value)), key) }
    mutating func encode(_ value: Int, forKey key: Key) throws { put(.integer(Int64(value)), key) }
    mutating func encode(_ value: Int64, forKey key: Key) throws { put(.integer(value), key) }
    mutating func encode(_ value: Int32, forKey key: Key) throws { put(.integer(Int64(value)), key) }
    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        if let direct = value as? any SQLValueConvertible {
            put(direct.sqlValue, key)
            return
        }
        let single = SingleColumn()
        try value.encode(to: single)
        put(single.box.value, key)
    }

    mutating func encodeIfPresent(_ value: Bool?, forKey key: Key) throws { put(value?.sqlValue ?? .null, key) }
    mutating func encodeIfPresent(_ value: String?, forKey key: Key) throws { put(value?.sqlValue ?? .null, key) }
    mutating func encodeIfPresent(_ value: Double?, forKey key: Key) throws { put(value?.sqlValue ?? .null, key) }
    mutating func encodeIfPresent(_ value: Int?, forKey key: Key) throws { put(value?.sqlValue ?? .null, key) }
    mutating func encodeIfPresent(_ value: Int64?, forKey key: Key) throws { put(value?.sqlValue ?? .null, key) }
    mutating func encodeIfPresent<T: Encodable>(_ value: T?, forKey key: Key) throws {
        guard let value else { return put(.null, key) }
        try encode(value, forKey: key)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(
        keyedBy keyType: NestedKey.Type, forKey key: Key
    ) -> KeyedEncodingContainer<NestedKey> {
        preconditionFailure("records are flat: a column cannot hold an object")
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        preconditionFailure("records are flat: a column cannot hold a list")
    }

    mutating func superEncoder() -> any Encoder { preconditionFailure("records have no superclass") }
    mutating func superEncoder(forKey key: Key) -> any Encoder { preconditionFailure("records have no superclass") }
}

/// Encodes one value (an enum's raw value, a `DayDate`'s text) into one column.
private final class SingleColumn: Encoder, SingleValueEncodingContainer {
    final class Box { var value: SQLValue = .null }
    let box = Box()
    var codingPath: [any CodingKey] = []
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        preconditionFailure("a column holds one value")
    }
    func unkeyedContainer() -> any UnkeyedEncodingContainer { preconditionFailure("a column holds one value") }
    func singleValueContainer() -> any SingleValueEncodingContainer { self }

    func encodeNil() throws { box.value = .null }
    func encode(_ value: Bool) throws { box.value = value.sqlValue }
    func encode(_ value: String) throws { box.value = .text(value) }
    func encode(_ value: Double) throws { box.value = .real(value) }
    func encode(_ value: Float) throws { box.value = .real(Double(value)) }
    func encode(_ value: Int) throws { box.value = .integer(Int64(value)) }
    func encode(_ value: Int8) throws { box.value = .integer(Int64(value)) }
    func encode(_ value: Int16) throws { box.value = .integer(Int64(value)) }
    func encode(_ value: Int32) throws { box.value = .integer(Int64(value)) }
    func encode(_ value: Int64) throws { box.value = .integer(value) }
    func encode(_ value: UInt) throws { box.value = .integer(Int64(value)) }
    func encode(_ value: UInt8) throws { box.value = .integer(Int64(value)) }
    func encode(_ value: UInt16) throws { box.value = .integer(Int64(value)) }
    func encode(_ value: UInt32) throws { box.value = .integer(Int64(value)) }
    func encode(_ value: UInt64) throws { box.value = .integer(Int64(clamping: value)) }
    func encode<T: Encodable>(_ value: T) throws { try value.encode(to: self) }
}
