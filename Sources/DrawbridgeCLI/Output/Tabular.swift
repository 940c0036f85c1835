/// Rows and typed columns: what every `list` command produces before it is rendered as a
/// terminal table, CSV or JSON.
public struct Tabular: Sendable, Equatable {
    /// The columns, in display order.
    public var columns: [Column]
    /// The rows; each has one value per column.
    public var rows: [[Value]]

    /// Creates a tabular result.
    public init(columns: [Column], rows: [[Value]] = []) {
        self.columns = columns
        self.rows = rows
    }

    /// One column: its machine name (CSV header, JSON key) and how the terminal shows it.
    public struct Column: Sendable, Equatable {
        /// snake_case name, used as CSV header and JSON key.
        public var name: String
        /// Right-align (numbers) in the terminal table.
        public var alignRight: Bool
        /// Whether the terminal table shows it (JSON and CSV always carry every column).
        public var inTable: Bool
        /// Whether the terminal table may shorten it to fit the window.
        public var flexible: Bool

        /// A column.
        public init(_ name: String, alignRight: Bool = false, inTable: Bool = true, flexible: Bool = false) {
            self.name = name
            self.alignRight = alignRight
            self.inTable = inTable
            self.flexible = flexible
        }

        /// The header shown in the terminal table (`days_open` → `DAYS OPEN`).
        public var title: String {
            name.uppercased().replacingOccurrences(of: "_", with: " ")
        }
    }

    /// One typed value.
    public enum Value: Sendable, Equatable {
        /// Text.
        case text(String)
        /// An integer.
        case int(Int64)
        /// A real number, shown with at most `decimals` decimals.
        case number(Double, decimals: Int)
        /// A boolean.
        case bool(Bool)
        /// No value.
        case null

        /// Text, or `.null` when nil.
        public static func optional(_ text: String?) -> Value {
            text.map(Value.text) ?? .null
        }

        /// Hours, shown with up to two decimals.
        public static func hours(_ value: Double) -> Value {
            .number(value, decimals: 2)
        }

        /// How the value reads in a table or CSV cell.
        public var display: String {
            switch self {
            case .text(let text): return text
            case .int(let value): return String(value)
            case .number(let value, let decimals): return NumberText.format(value, decimals: decimals)
            case .bool(let value): return value ? "yes" : "no"
            case .null: return ""
            }
        }
    }
}
