/// A repository a team is moving off CUDA.
public struct Codebase: WorkbenchRecord, Equatable {
    /// The table name.
    public static let databaseTableName = "codebase"
    /// Row id.
    public var id: Int64?
    /// The owning team.
    public var teamId: Int64
    /// Unique (case-insensitively) codebase name.
    public var name: String
    /// A path or URL where the code lives.
    public var location: String?
    /// The main language ("CUDA C++", "Python/PyTorch" …).
    public var language: String?
    /// When the codebase was added (ISO-8601 UTC).
    public var createdAt: String

    /// A codebase not yet inserted.
    public init(
        id: Int64? = nil, teamId: Int64, name: String, location: String? = nil,
        language: String? = nil, createdAt: String
    ) {
        self.id = id
        self.teamId = teamId
        self.name = name
        self.location = location
        self.language = language
        self.createdAt = createdAt
    }
}
