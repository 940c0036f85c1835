import Foundation
import Logging
import NIOCore
import PostgresNIO
import WorkbenchStore

/// The store's connection vocabulary on one postgres-nio connection, inside a transaction
/// the backend opened. Calls block the calling thread until the server answers, as the
/// store's operations are synchronous; they never run on an event-loop thread.
struct PostgresStoreConnection: StoreConnection {
    let connection: PostgresConnection
    let logger: Logger

    var dialect: SQLDialect { .postgres }

    /// The most parameters one statement may bind (the protocol counts them in 16 bits).
    static let maximumBinds = 65_535
    /// The most rows one multi-row INSERT carries, so a statement stays a few hundred KiB.
    static let maximumRowsPerInsert = 1_000

    func fetchAll(_ sql: String, _ arguments: [SQLValue]) throws -> [SQLRow] {
        let result = try run(sql, arguments)
        guard let first = result.rows.first else { return [] }
        let columns = SQLColumns(first.map(\.columnName))
        return try result.rows.map { row in
            SQLRow(columns: columns, values: try row.map(Self.value))
        }
    }

    func execute(_ sql: String, _ arguments: [SQLValue]) throws {
        _ = try run(sql, arguments)
    }

    func insertMany(into table: String, columns: [String], rows: [[SQLValue]]) throws {
        guard !rows.isEmpty, !columns.isEmpty else { return }
        let perStatement = max(1, min(Self.maximumRowsPerInsert, Self.maximumBinds / columns.count))
        let head = "INSERT INTO \(table) (" + columns.map(ColumnName.quoted).joined(separator: ", ") + ") VALUES "
        var start = 0
        while start < rows.count {
            let batch = rows[start..<min(rows.count, start + perStatement)]
            var sql = head
            var number = 0
            var values: [SQLValue] = []
            values.reserveCapacity(batch.count * columns.count)
            for (index, row) in batch.enumerated() {
                sql += index == 0 ? "(" : ", ("
                for column in 0..<columns.count {
                    number += 1
                    sql += column == 0 ? "$\(number)" : ", $\(number)"
                }
                sql += ")"
                values.append(contentsOf: row)
            }
            _ = try send(sql, values)
            start += batch.count
        }
    }

    /// Runs `sql`, which takes no arguments, and returns the server's command tag
    /// ("COMMIT", "ROLLBACK", "INSERT 0 1" …).
    func commandTag(_ sql: String) throws -> String {
        try send(sql, []).metadata.command
    }

    /// Runs `sql` written with the store's `?` placeholders.
    private func run(_ sql: String, _ arguments: [SQLValue]) throws -> PostgresQueryResult {
        try send(PlaceholderNumbering.numbered(sql), arguments)
    }

    /// Runs `sql`, already numbered, and waits for every row.
    private func send(_ sql: String, _ arguments: [SQLValue]) throws -> PostgresQueryResult {
        var binds = PostgresBindings(capacity: arguments.count)
        for argument in arguments {
            switch argument {
            case .null: binds.appendNull()
            case .integer(let value): binds.append(value)
            case .real(let value): binds.append(value)
            case .text(let value): binds.append(value)
            }
        }
        return try connection.query(PostgresQuery(unsafeSQL: sql, binds: binds), logger: logger).wait()
    }

    /// One cell as the store's value kinds: integers, reals, text and NULL.
    static func value(_ cell: PostgresCell) throws -> SQLValue {
        guard cell.bytes != nil else { return .null }
        switch cell.dataType {
        case .int2: return .integer(Int64(try cell.decode(Int16.self)))
        case .int4: return .integer(Int64(try cell.decode(Int32.self)))
        case .int8: return .integer(try cell.decode(Int64.self))
        case .float4: return .real(Double(try cell.decode(Float.self)))
        case .float8: return .real(try cell.decode(Double.self))
        case .bool: return .integer(try cell.decode(Bool.self) ? 1 : 0)
        case .numeric:
            // sum() and avg() of integers are numeric: a whole number reads as an integer,
            // anything else as a real, as SQLite would give them.
            var number = try cell.decode(Decimal.self)
            var whole = Decimal()
            NSDecimalRound(&whole, &number, 0, .plain)
            if whole == number, abs(number) < Decimal(Int64.max / 2) {
                return .integer(NSDecimalNumber(decimal: number).int64Value)
            }
            return .real(NSDecimalNumber(decimal: number).doubleValue)
        default:
            do {
                return .text(try cell.decode(String.self))
            } catch {
                throw StoreError.database(message: "column \(cell.columnName) has type \(cell.dataType), which the store does not read")
            }
        }
    }
}

/// The store writes `?` (and `?N` for the N-th argument again); PostgreSQL numbers its
/// parameters `$1`, `$2` …. Quoted strings, quoted names and comments are left alone.
enum PlaceholderNumbering {
    static func numbered(_ sql: String) -> String {
        guard sql.contains("?") else { return sql }
        var out = ""
        out.reserveCapacity(sql.utf8.count + 16)
        var next = 0
        var quote: Character?
        var lineComment = false
        var blockComment = false
        var previous: Character = " "
        var iterator = Array(sql).makeIterator()
        var pending: Character? = iterator.next()
        while let character = pending {
            pending = iterator.next()
            defer { previous = character }
            if lineComment {
                out.append(character)
                if character == "\n" { lineComment = false }
                continue
            }
            if blockComment {
                out.append(character)
                if previous == "*" && character == "/" { blockComment = false }
                continue
            }
            if let open = quote {
                out.append(character)
                if character == open { quote = nil }
                continue
            }
            switch character {
            case "'", "\"":
                quote = character
                out.append(character)
            case "-" where pending == "-":
                lineComment = true
                out.append(character)
            case "/" where pending == "*":
                blockComment = true
                out.append(character)
            case "?":
                var digits = ""
                while let digit = pending, digit.isASCII, digit.isNumber {
                    digits.append(digit)
                    pending = iterator.next()
                }
                if digits.isEmpty {
                    next += 1
                    out += "$\(next)"
                } else {
                    // As SQLite: a later bare `?` takes the number after the largest used.
                    next = max(next, Int(digits) ?? 0)
                    out += "$" + digits
                }
            default:
                out.append(character)
            }
        }
        return out
    }
}
