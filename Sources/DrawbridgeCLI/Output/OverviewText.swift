import TerminalCore
import WorkbenchStore

/// What `drawbridge` with no subcommand prints: the workspace at a glance.
public enum OverviewText {
    /// The overview: counts, hours, the attempts table and where to go next.
    public static func render(_ overview: WorkspaceOverview, attempts: [AttemptSummary], width: Int?) -> String {
        var out = "Drawbridge workspace  \(TerminalText.sanitized(overview.path))\n\n"
        if overview.isEmpty {
            out += """
                The workspace is empty. Start with:
                  drawbridge demo                              load the demo migration programme
                  drawbridge team add NAME                     add a team
                  drawbridge codebase add NAME --team TEAM     add a codebase
                  drawbridge attempt add --codebase NAME --target ascend --strategy torch-npu

                """
            return out
        }
        let statuses = AttemptStatus.allCases.compactMap { status -> String? in
            let count = overview.attemptsByStatus[status.rawValue] ?? 0
            return count > 0 ? "\(count) \(status.rawValue)" : nil
        }
        out += "  \(overview.teams) teams · \(overview.codebases) codebases · \(overview.attempts) attempts"
        out += statuses.isEmpty ? "\n" : " (\(statuses.joined(separator: ", ")))\n"
        out += "  \(overview.interventions) interventions · \(NumberText.hours(overview.hours)) logged"
        out += " · \(NumberText.hours(overview.hoursThisMonth)) this month\n"
        out += "  \(counted(overview.scans, "scan")) · \(counted(overview.benchSessions, "benchmark session"))\n\n"
        out += TableRenderer(maxWidth: width).render(.attempts(attempts))
        out += """

            Next: drawbridge show attempt ID · drawbridge list interventions · \
            drawbridge log --attempt ID … · drawbridge --help

            """
        return out
    }

    /// `1 scan`, `2 scans`.
    static func counted(_ count: Int, _ noun: String) -> String {
        "\(count) \(noun)\(count == 1 ? "" : "s")"
    }
}
