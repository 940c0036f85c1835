extension Workbench {
    /// The findings of scan `id` grouped by `grouping`, largest group first, with efforts on
    /// `target` (a catalog target name; nil or the scan's own target uses the stored effort).
    ///
    /// Grouping runs in SQLite so a scan of 200,000 findings never has to be read whole.
    public func findingGroups(
        scan id: Int64, by grouping: FindingGrouping, target: String? = nil
    ) throws(StoreError) -> [FindingGroup] {
        try read { db in
            guard try db.exists(Scan.self, id: id) else { throw StoreError.notFound(entity: "scan", key: String(id)) }
            let effort = Self.effortExpression(target, dialect: db.dialect)
            let key = grouping == .effort ? effort : grouping.rawValue
            var groups: [String: FindingGroup] = [:]
            let rows = try db.rows("""
                SELECT \(key) AS key, \(effort) AS effort, count(*) AS n FROM finding
                WHERE scan_id = ? GROUP BY 1, 2
                """, SQLArguments(Self.effortArguments(target, grouping: grouping) + [id]))
            for row in rows {
                let name: String = try row["key"]
                let count: Int = try row["n"]
                var group = groups[name] ?? FindingGroup(key: name, count: 0, byEffort: [:])
                group.count += count
                group.byEffort[Effort(rawValue: try row["effort"]) ?? .unknown, default: 0] += count
                groups[name] = group
            }
            return groups.values.sorted { ($0.count, $1.key) > ($1.count, $0.key) }
        }
    }

    /// Up to `limit` findings of one group in the order they were stored (the scanner's
    /// file, line and column order), with `effort` set to
    /// the effort on `target`.
    public func findings(
        scan id: Int64, in grouping: FindingGrouping, key: String, target: String? = nil, limit: Int = 1000
    ) throws(StoreError) -> [Finding] {
        try read { db in
            let effort = Self.effortExpression(target, dialect: db.dialect)
            let column = grouping == .effort ? effort : grouping.rawValue
            // Placeholders in order: the selected effort, the scan, the group column, the key, the limit.
            var arguments: [(any SQLValueConvertible)?] = target.map { [$0] } ?? []
            arguments.append(id)
            if grouping == .effort, let target { arguments.append(target) }
            arguments += [key, limit]
            // Findings are stored in file, line and column order, so row order is reading
            // order: the (scan, family) and (scan, effort) indexes then serve the first
            // rows of a group of 25,000 without sorting it.
            let order = grouping == .file ? "line, \"column\", id" : "id"
            return try db.records(Finding.self, """
                SELECT id, scan_id, file, line, "column", symbol, kind, family, language, \(effort) AS effort,
                       replacement, note, mappings, snippet
                FROM finding WHERE scan_id = ? AND \(column) = ?
                ORDER BY \(order) LIMIT ?
                """, SQLArguments(arguments))
        }
    }

    /// One stored finding, or `.notFound`.
    public func finding(id: Int64) throws(StoreError) -> Finding {
        try read { db in
            guard let finding = try db.find(Finding.self, id: id) else {
                throw StoreError.notFound(entity: "finding", key: String(id))
            }
            return finding
        }
    }

    /// SQL for a finding's effort on `target`: the stored column, or the effort in the
    /// finding's mappings JSON (uncatalogued findings stay `unknown` on every target).
    private static func effortExpression(_ target: String?, dialect: SQLDialect) -> String {
        guard target != nil else { return "effort" }
        return "(CASE WHEN effort = 'unknown' THEN 'unknown' ELSE coalesce(\(dialect.jsonMemberEffort("mappings")), 'unknown') END)"
    }

    /// The bound values `effortExpression` needs, once per use in a statement.
    private static func effortArguments(_ target: String?, grouping: FindingGrouping) -> [(any SQLValueConvertible)?] {
        guard let target else { return [] }
        // The key expression repeats the effort expression when grouping by effort.
        return grouping == .effort ? [target, target] : [target]
    }
}
