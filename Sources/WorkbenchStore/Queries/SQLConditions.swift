/// A WHERE clause built from optional filters: each present filter adds one condition and
/// its argument, so listings never interpolate user text into SQL.
struct SQLConditions {
    private(set) var clauses: [String] = []
    private(set) var arguments = SQLArguments()

    /// Adds `clause` (with one `?`) bound to `value`, when `value` is present.
    mutating func add(_ clause: String, _ value: (any SQLValueConvertible)?) {
        guard let value else { return }
        clauses.append(clause)
        arguments.append(value)
    }

    /// Adds the team and codebase conditions shared by attempt and intervention listings,
    /// resolving names to ids (an unknown name is `.notFound`, not an empty list).
    mutating func addOwners(team: String?, codebase: String?, in db: any StoreConnection) throws {
        if let team { add("c.team_id = ?", try Workbench.team(named: team, in: db).id) }
        if let codebase { add("a.codebase_id = ?", try Workbench.codebase(named: codebase, in: db).id) }
    }

    /// ` WHERE a AND b`, or nothing when there are no conditions.
    var whereSQL: String {
        clauses.isEmpty ? "" : " WHERE " + clauses.joined(separator: " AND ")
    }
}
