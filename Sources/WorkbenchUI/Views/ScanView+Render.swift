import Foundation
import TerminalCore
import WorkbenchStore
import WorkbenchWidgets

/// Drawing the scan screen.
extension ScanView {
    /// `path` relative to the working directory when it lies under it, else as stored.
    static func displayPath(_ path: String, workingDirectory: String = FileManager.default.currentDirectoryPath) -> String {
        let base = workingDirectory.hasSuffix("/") ? workingDirectory : workingDirectory + "/"
        return path.hasPrefix(base) && path.count > base.count ? String(path.dropFirst(base.count)) : path
    }

    /// Draws the header, the groups and findings panes and the selected finding's note.
    func render(into canvas: inout Canvas, in rect: Rect, context: ViewContext) {
        let theme = context.theme
        guard !rect.isEmpty else { return }
        if let loadError {
            canvas.drawLine(" " + loadError, in: rect.row(0), style: theme[.error], ellipsis: theme.glyphs.ellipsis)
            return
        }
        guard let summary = current else {
            canvas.drawLine(" no scans yet", in: rect.row(0), style: theme[.title])
            canvas.drawLine(" s scans a directory in the background; or run drawbridge scan PATH --save",
                            in: rect.row(1), style: theme[.dim], ellipsis: theme.glyphs.ellipsis)
            return
        }
        let scan = summary.scan
        let layout = Self.layout(rect)
        var title = "scan #\(scan.id ?? 0) · \(Self.displayPath(scan.root)) · \(Format.day(scan.startedAt))"
        if let attempt = scan.attemptId { title += " · attempt #\(attempt)" }
        if let codebase = summary.codebase { title += " · \(codebase)" }
        canvas.drawLine(" " + title, in: layout.header.row(0), style: theme[.title], ellipsis: theme.glyphs.ellipsis)
        title = "by \(grouping.rawValue) · efforts on \(target) · \(Format.count(Int(scan.findingCount), "finding")) in "
            + "\(Format.count(Int(scan.filesScanned), "file")) · scan \(scanIndex + 1) of \(scans.count) · scanned for \(scan.target)"
        if let generation = scan.chipGeneration { title += " (\(generation))" }
        canvas.drawLine(" " + title, in: layout.header.row(1), style: theme[.dim], ellipsis: theme.glyphs.ellipsis)
        var groupTitle = "By \(grouping.rawValue) (\(groups.visibleRows.count))"
        if !groups.filter.isEmpty { groupTitle += " · '\(groups.filter)'" }
        let groupArea = canvas.drawPane(layout.groups, title: groupTitle, focused: focus == .groups, theme: theme)
        groups.render(into: &canvas, in: groupArea, theme: theme)
        var findingTitle = "Findings"
        if let key = groups.selectedRow?.cells.first, let total = selectedGroupTotal {
            findingTitle += " in \(key) (\(total > findings.rows.count ? "first \(findings.rows.count) of " : "")\(total))"
        }
        let findingArea = canvas.drawPane(layout.findings, title: findingTitle, focused: focus == .findings, theme: theme)
        findings.render(into: &canvas, in: findingArea, theme: theme)
        if focus == .findings, let id = selectedFinding, let finding = finding(id) {
            var note = "\(finding.file):\(finding.line):\(finding.column) · \(finding.family) \(finding.kind)"
            if let text = finding.note, !text.isEmpty { note += " · " + text }
            canvas.drawLine(" " + note, in: layout.note, style: theme[.dim], ellipsis: theme.glyphs.ellipsis)
        } else {
            let efforts = Effort.allCases.map { "\($0.rawValue) \(summary.findingsByEffort[$0.rawValue] ?? 0)" }
            canvas.drawLine(" whole scan on \(scan.target): " + efforts.joined(separator: " · "),
                            in: layout.note, style: theme[.dim], ellipsis: theme.glyphs.ellipsis)
        }
    }
}
