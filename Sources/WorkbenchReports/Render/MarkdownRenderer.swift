/// Renders a report as GitHub-flavoured Markdown: tables, and charts as text bars.
public enum MarkdownRenderer {
    /// The report as Markdown.
    public static func render(_ report: Report) -> String {
        let document = ReportDocument(report)
        var out = "# \(ReportText.markdown(document.title))\n\n_\(ReportText.markdown(document.subtitle))_\n"
        for block in document.blocks {
            out += "\n"
            switch block {
            case .heading(let text):
                out += "## \(ReportText.markdown(text))\n"
            case .paragraph(let text):
                out += ReportText.markdown(text) + "\n"
            case .figures(let pairs):
                out += table(Table(headers: ["Figure", "Value"], rows: pairs.map { [$0.label, $0.value] }, numeric: []))
            case .table(let table):
                out += self.table(table)
            case .chart(let chart):
                out += "```text\n" + TextChart.render(chart).joined(separator: "\n") + "\n```\n"
            case .definitions(let definitions):
                out += definitions.map { "- **\(ReportText.markdown($0.term))**: \(ReportText.markdown($0.meaning))\n" }.joined()
            }
        }
        return out
    }

    private static func table(_ table: Table) -> String {
        guard !table.rows.isEmpty else { return "_\(ReportText.markdown(table.empty))_\n" }
        var out = "| " + table.headers.map(ReportText.markdown).joined(separator: " | ") + " |\n"
        out += "|" + table.headers.indices.map { table.numeric.contains($0) ? "---:|" : "---|" }.joined() + "\n"
        for row in table.rows {
            out += "| " + row.map(ReportText.markdown).joined(separator: " | ") + " |\n"
        }
        return out
    }
}
