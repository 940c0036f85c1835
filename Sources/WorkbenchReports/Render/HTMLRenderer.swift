/// Renders a report as one self-contained HTML file: inline CSS, inline SVG charts, no
/// script and nothing fetched, semantic tables that read with styles off, print rules.
public enum HTMLRenderer {
    /// The report as an HTML document.
    public static func render(_ report: Report) -> String {
        let document = ReportDocument(report)
        var out = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="generator" content="Drawbridge">
            <title>\(ReportText.html(document.title))</title>
            <style>\(style)</style>
            </head>
            <body>
            <main>
            <header><h1>\(ReportText.html(document.title))</h1><p class="subtitle">\(ReportText.html(document.subtitle))</p></header>

            """
        var open = false
        for block in document.blocks {
            switch block {
            case .heading(let text):
                if open { out += "</section>\n" }
                out += "<section>\n<h2>\(ReportText.html(text))</h2>\n"
                open = true
            case .paragraph(let text):
                out += "<p>\(ReportText.html(text))</p>\n"
            case .figures(let pairs):
                out += "<dl class=\"figures\">" + pairs.map {
                    "<div><dt>\(ReportText.html($0.label))</dt><dd>\(ReportText.html($0.value))</dd></div>"
                }.joined() + "</dl>\n"
            case .table(let table):
                out += self.table(table)
            case .chart(let chart):
                out += "<figure>" + SVGChart.render(chart) + "</figure>\n"
            case .definitions(let definitions):
                out += "<dl class=\"definitions\">" + definitions.map {
                    "<dt>\(ReportText.html($0.term))</dt><dd>\(ReportText.html($0.meaning))</dd>"
                }.joined() + "</dl>\n"
            }
        }
        if open { out += "</section>\n" }
        return out + "</main>\n</body>\n</html>\n"
    }

    private static func table(_ table: Table) -> String {
        guard !table.rows.isEmpty else { return "<p class=\"empty\">\(ReportText.html(table.empty))</p>\n" }
        func cell(_ tag: String, _ text: String, _ column: Int) -> String {
            "<\(tag)\(table.numeric.contains(column) ? " class=\"num\"" : "")>\(ReportText.html(text))</\(tag)>"
        }
        var out = "<div class=\"scroll\"><table>\n<thead><tr>"
        out += table.headers.enumerated().map { cell("th", $0.element, $0.offset) }.joined()
        out += "</tr></thead>\n<tbody>\n"
        for row in table.rows {
            out += "<tr>" + row.enumerated().map { cell("td", $0.element, $0.offset) }.joined() + "</tr>\n"
        }
        return out + "</tbody>\n</table></div>\n"
    }

    /// The stylesheet: system fonts, quiet colours, tables that page-break cleanly.
    static let style = """

        body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1d2733; background: #f5f6f8; margin: 0; }
        main { max-width: 1100px; margin: 0 auto; padding: 24px 32px 48px; background: #fff; }
        header { border-bottom: 3px solid #1f4e79; margin-bottom: 8px; }
        h1 { font-size: 26px; margin: 8px 0 4px; color: #1f4e79; }
        h2 { font-size: 18px; margin: 28px 0 8px; padding-bottom: 4px; border-bottom: 1px solid #d8dde3; }
        .subtitle { color: #5a6673; margin: 0 0 12px; }
        section { break-inside: auto; }
        .scroll { overflow-x: auto; }
        table { border-collapse: collapse; margin: 8px 0 16px; font-size: 13px; }
        th, td { padding: 4px 8px; border-bottom: 1px solid #e3e7eb; text-align: left; vertical-align: top; }
        th { background: #eef2f6; font-weight: 600; }
        tbody tr:nth-child(even) { background: #fafbfc; }
        .num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
        .figures { display: grid; grid-template-columns: repeat(auto-fill, minmax(190px, 1fr)); gap: 8px; margin: 12px 0; }
        .figures div { border: 1px solid #d8dde3; border-radius: 6px; padding: 6px 10px; }
        .figures dt { font-size: 12px; color: #5a6673; }
        .figures dd { margin: 0; font-size: 16px; font-weight: 600; }
        .definitions dt { font-weight: 600; margin-top: 6px; }
        .definitions dd { margin-left: 16px; color: #3b4754; }
        .empty { color: #5a6673; font-style: italic; }
        figure { margin: 12px 0; }
        svg.chart { max-width: 100%; height: auto; font: 11px system-ui, sans-serif; fill: #1d2733; }
        svg .chart-title { font-size: 13px; font-weight: 600; }
        @media print {
          body { background: #fff; font-size: 11px; }
          main { max-width: none; padding: 0; }
          h2 { break-after: avoid; }
          figure, tr, .figures div { break-inside: avoid; }
          .scroll { overflow: visible; }
        }

        """
}
