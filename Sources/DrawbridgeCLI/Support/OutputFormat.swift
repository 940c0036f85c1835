import ArgumentParser

/// How a listing is written: an aligned table for people, or CSV/JSON for tools.
public enum OutputFormat: String, ExpressibleByArgument, CaseIterable, Sendable {
    case table, json, csv

    /// Renders `table` in this format; `terminalWidth` limits a table's width.
    public func render(_ table: Tabular, terminalWidth: Int?, emptyMessage: String = "(none)") -> String {
        switch self {
        case .table: return TableRenderer(maxWidth: terminalWidth, emptyMessage: emptyMessage).render(table)
        case .json: return JSONRenderer.render(table)
        case .csv: return CSVRenderer.render(table)
        }
    }
}

/// How a single record is shown: prose for people, JSON for tools.
public enum DetailFormat: String, ExpressibleByArgument, CaseIterable, Sendable {
    case text, json
}
