/// What a report covers.
public enum ReportScope: Sendable, Equatable, Codable {
    /// One attempt, by id.
    case attempt(Int64)
    /// Every attempt of one codebase, by name.
    case codebase(String)
    /// Every attempt of one team, by name.
    case team(String)
    /// Every team in the workspace.
    case portfolio

    /// The kind word used in titles, JSON and file names (`attempt`, `codebase` …).
    public var kind: String {
        switch self {
        case .attempt: return "attempt"
        case .codebase: return "codebase"
        case .team: return "team"
        case .portfolio: return "portfolio"
        }
    }
}

/// How a report is written out.
public enum ReportFormat: String, Sendable, CaseIterable, Codable {
    /// GitHub-flavoured Markdown with tables and text bar charts.
    case markdown
    /// One self-contained HTML file with inline CSS and SVG charts.
    case html
    /// JSON with sorted keys, for other tools.
    case json

    /// The file extension (`md`, `html`, `json`).
    public var fileExtension: String {
        switch self {
        case .markdown: return "md"
        case .html: return "html"
        case .json: return "json"
        }
    }
}
