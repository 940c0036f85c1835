import Foundation
import TerminalCore
import WorkbenchStore
import WorkbenchWidgets

/// One finding: what it is, what replaces it on every target, and the source around it,
/// read from the scanned tree when it is still there (the stored line otherwise).
struct FindingView {
    /// The finding shown.
    let findingID: Int64
    /// The target the scan screen was showing, whose mapping is put first.
    let target: String
    private(set) var finding: Finding?
    private(set) var scan: Scan?
    private(set) var source = TextView(lines: [])
    /// Where the source lines came from, for the pane title.
    private(set) var sourceOrigin = ""
    private(set) var loadError: String?

    /// Files larger than this are not read for display.
    static let largestSourceFile = 4 << 20

    /// Reads finding `id`, its scan and the source lines.
    init(findingID: Int64, target: String, workbench: Workbench) {
        self.findingID = findingID
        self.target = target
        do {
            let finding = try workbench.finding(id: findingID)
            let scan = try workbench.scan(id: finding.scanId).scan
            self.finding = finding
            self.scan = scan
            let line = max(1, Int(finding.line))
            if let lines = Self.sourceLines(root: scan.root, file: finding.file) {
                source = TextView(lines: lines, firstLineNumber: 1, highlightedLine: min(line, lines.count) - 1)
                sourceOrigin = finding.file
            } else {
                source = TextView(lines: [finding.snippet ?? ""], firstLineNumber: line, highlightedLine: 0)
                sourceOrigin = "\(finding.file) (stored line; the scanned tree is not here)"
            }
        } catch {
            loadError = String(describing: error)
        }
    }

    /// The lines of `file` under `root`, or nil when it is gone, too big, not text, or
    /// its stored path would lead outside the scanned tree.
    static func sourceLines(root: String, file: String) -> [String]? {
        let parts = file.split(separator: "/")
        guard !file.hasPrefix("/"), !parts.contains(".."), !parts.isEmpty else { return nil }
        var isDirectory: ObjCBool = false
        let rootIsDirectory = FileManager.default.fileExists(atPath: root, isDirectory: &isDirectory) && isDirectory.boolValue
        // A scan of one file stores its name relative to the file's directory.
        let base = rootIsDirectory ? root : (root as NSString).deletingLastPathComponent
        let path = (base as NSString).appendingPathComponent(file)
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path),
              attributes[.type] as? FileAttributeType == .typeRegular,
              let size = attributes[.size] as? Int, size <= largestSourceFile,
              let data = FileManager.default.contents(atPath: path)
        else { return nil }
        let text = String(decoding: data, as: UTF8.self)
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.hasSuffix("\r") ? String(line.dropLast()) : String(line)
        }
        if lines.last == "" { lines.removeLast() }
        return lines
    }

    /// Applies a keymap action (scrolling the source).
    mutating func perform(_ action: ActionID) -> ViewEffect {
        _ = source.perform(action)
        return .none
    }

    /// Applies a mouse event (the wheel scrolls the source).
    mutating func handle(_ mouse: MouseEvent) -> ViewEffect {
        _ = source.handle(mouse)
        return .none
    }

    /// The mappings to list: the chosen target first, then the others.
    var mappingLines: [(String, ThemeRole)] {
        guard let finding else { return [] }
        let mappings = FindingMappings.decode(finding.mappings)
        guard !mappings.isEmpty else { return [("not in the catalog: no mapping on any target", .warning)] }
        let order = [target] + ScanView.targets.filter { $0 != target } + mappings.keys.sorted().filter { !ScanView.targets.contains($0) }
        return order.compactMap { name in
            guard let entry = mappings[name] else { return nil }
            let replacement = entry.assessed ? entry.replacement ?? "no replacement" : "not assessed"
            var line = "\(TextWidth.pad(name, to: 6)) \(TextWidth.pad(entry.effort, to: 10)) → \(replacement)"
            if let note = entry.note, !note.isEmpty { line += " · " + note }
            return (line, ScanView.role(Effort(rawValue: entry.effort) ?? .unknown))
        }
    }

    /// Draws the header, the mappings and the source pane.
    mutating func render(into canvas: inout Canvas, in rect: Rect, context: ViewContext) {
        let theme = context.theme
        guard let finding else {
            canvas.drawLine(" " + (loadError ?? "finding \(findingID) is not in this workspace"), in: rect.row(0), style: theme[.warning],
                            ellipsis: theme.glyphs.ellipsis)
            return
        }
        canvas.drawLine(" \(finding.symbol) · \(finding.family) \(finding.kind) · \(finding.language) · "
                        + "\(finding.file):\(finding.line):\(finding.column)",
                        in: rect.row(0), style: theme[.title], ellipsis: theme.glyphs.ellipsis)
        let lines = mappingLines
        let shown = min(lines.count, max(0, rect.height - 6))
        for (index, line) in lines.prefix(shown).enumerated() {
            canvas.drawLine(" " + line.0, in: rect.row(1 + index), style: theme[index == 0 ? line.1 : .text], ellipsis: theme.glyphs.ellipsis)
        }
        let pane = Rect(x: rect.x, y: rect.y + 2 + shown, width: rect.width, height: max(0, rect.height - 2 - shown))
        let area = canvas.drawPane(pane, title: "Source · " + sourceOrigin, focused: true, theme: theme)
        let first = source.pageSize
        source.setViewportHeight(area.height)
        if first != area.height { source.centreOnHighlight() }
        source.render(into: &canvas, in: area, theme: theme)
    }
}
