/// A report laid out as headings, tables and charts, before any format is chosen.
///
/// Markdown and HTML render the same document, so they cannot disagree on a figure.
/// Every string here is raw store text; each renderer escapes it for its format.
struct ReportDocument {
    /// The heading.
    var title: String
    /// The line under it (kind, date, window).
    var subtitle: String
    /// The body, top to bottom.
    var blocks: [Block]

    /// One piece of the body.
    enum Block {
        /// A section heading.
        case heading(String)
        /// A sentence or two.
        case paragraph(String)
        /// Label/value pairs shown as a compact table.
        case figures([(label: String, value: String)])
        /// A data table.
        case table(Table)
        /// A chart (SVG in HTML, text bars in Markdown); a table with its numbers is always nearby.
        case chart(Chart)
        /// Term/meaning pairs.
        case definitions([Definition])
    }
}

/// A table with a header row; `numeric` columns are right-aligned.
struct Table {
    /// Column titles.
    var headers: [String]
    /// Rows of cells, as many as headers.
    var rows: [[String]]
    /// Indices of right-aligned columns.
    var numeric: Set<Int> = []
    /// Said instead of an empty table.
    var empty: String = "none"
}

/// The charts a report draws.
enum Chart {
    /// Lines over ordered points (the burn-down): one series per effort.
    case lines(title: String, xLabels: [String], series: [ChartSeries])
    /// Stacked bars (hours by month, stacked by kind).
    case stacked(title: String, categories: [String], series: [ChartSeries], unit: String)
    /// Signed bars with interval whiskers (loss per kernel).
    case whiskers(title: String, bars: [WhiskerBar])
}

/// One named series of values, aligned with the chart's categories.
struct ChartSeries {
    /// Legend label.
    var name: String
    /// One value per category.
    var values: [Double]
}

/// One signed bar with an optional interval.
struct WhiskerBar {
    /// Row label.
    var label: String
    /// Bar length (a loss, percent).
    var value: Double
    /// Interval low end.
    var low: Double?
    /// Interval high end.
    var high: Double?
    /// Text after the bar.
    var note: String
}
