/// A customer team that owns codebases being migrated.
public struct Team: WorkbenchRecord, Equatable {
    /// The table name.
    public static let databaseTableName = "team"
    /// Row id.
    public var id: Int64?
    /// Unique (case-insensitively) team name.
    public var name: String
    /// The organisation the team belongs to.
    public var org: String?
    /// Who leads the migration for this team (a role name).
    public var lead: String?
    /// When the team was added (ISO-8601 UTC).
    public var createdAt: String

    /// A team not yet inserted.
    public init(id: Int64? = nil, name: String, org: String? = nil, lead: String? = nil, createdAt: String) {
        self.id = id
        self.name = name
        self.org = org
        self.lead = lead
        self.createdAt = createdAt
    }
}
