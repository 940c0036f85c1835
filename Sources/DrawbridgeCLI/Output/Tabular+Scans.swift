import WorkbenchStore

extension Tabular {
    /// Stored scans as listed by `drawbridge list scans`.
    public static func scans(_ scans: [ScanSummary]) -> Tabular {
        Tabular(
            columns: [
                Column("id", alignRight: true), Column("started_at"), Column("codebase"),
                Column("attempt", alignRight: true), Column("target"), Column("files", alignRight: true),
                Column("findings", alignRight: true), Column("direct", alignRight: true),
                Column("mechanical", alignRight: true), Column("rewrite", alignRight: true),
                Column("blocker", alignRight: true), Column("unknown", alignRight: true),
                Column("root", flexible: true), Column("git_revision", inTable: false),
                Column("duration_ms", inTable: false),
            ],
            rows: scans.map { summary in
                let scan = summary.scan
                let count = { (effort: Effort) in Value.int(Int64(summary.findingsByEffort[effort.rawValue] ?? 0)) }
                return [.int(scan.id ?? 0), .text(scan.startedAt), .optional(summary.codebase),
                        scan.attemptId.map(Value.int) ?? .null, .text(scan.target), .int(scan.filesScanned),
                        .int(scan.findingCount), count(.direct), count(.mechanical), count(.rewrite), count(.blocker),
                        count(.unknown), .text(scan.root), .optional(scan.gitRevision), .int(scan.durationMs)]
            })
    }

    /// A stored scan's findings as shown by `drawbridge show scan`.
    public static func findings(_ findings: [Finding]) -> Tabular {
        Tabular(
            columns: [
                Column("id", alignRight: true), Column("file"), Column("line", alignRight: true),
                Column("column", inTable: false), Column("symbol"), Column("family"), Column("kind", inTable: false),
                Column("effort"), Column("replacement"), Column("note", flexible: true),
            ],
            rows: findings.map { finding in
                [.int(finding.id ?? 0), .text(finding.file), .int(finding.line), .int(finding.column),
                 .text(finding.symbol), .text(finding.family), .text(finding.kind), .text(finding.effort.rawValue),
                 .optional(finding.replacement), .optional(finding.note)]
            })
    }
}
