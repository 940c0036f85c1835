/// One CUDA tie found by a scan, with what replaces it on the scan's target.
public struct Finding: WorkbenchRecord, Equatable {
    /// The table name.
    public static let databaseTableName = "finding"
    /// Row id.
    public var id: Int64?
    /// The scan that found it.
    public var scanId: Int64
    /// File path relative to the scan root, `/`-separated.
    public var file: String
    /// 1-based line.
    public var line: Int64
    /// 1-based column.
    public var column: Int64
    /// The CUDA name or construct exactly as written.
    public var symbol: String
    /// Catalog kind (function, type, header …).
    public var kind: String
    /// Catalog family (runtime, cublas, pytorch …).
    public var family: String
    /// Language of the file (cuda, python, cmake …).
    public var language: String
    /// Effort on the scan's target.
    public var effort: Effort
    /// Replacement on the scan's target, when one exists.
    public var replacement: String?
    /// Porting note on the scan's target.
    public var note: String?
    /// JSON object of mappings for every target the catalog knows.
    public var mappings: String
    /// The source line, for display.
    public var snippet: String?

    /// A finding not yet inserted.
    public init(
        id: Int64? = nil, scanId: Int64, file: String, line: Int64, column: Int64, symbol: String,
        kind: String, family: String, language: String, effort: Effort, replacement: String?,
        note: String?, mappings: String = "{}", snippet: String? = nil
    ) {
        self.id = id
        self.scanId = scanId
        self.file = file
        self.line = line
        self.column = column
        self.symbol = symbol
        self.kind = kind
        self.family = family
        self.language = language
        self.effort = effort
        self.replacement = replacement
        self.note = note
        self.mappings = mappings
        self.snippet = snippet
    }
}
