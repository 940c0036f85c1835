import TerminalCore

/// A scrollable block of read-only text with an optional line-number gutter and one
/// highlighted line, e.g. the source lines around a scan finding.
///
/// Lines are untrusted (file contents): they are sanitised when drawn and tabs are expanded
/// to spaces first so code keeps its indentation instead of showing `\t`.
public struct TextView: Sendable {
    /// What an action did.
    public enum Outcome: Hashable, Sendable {
        /// Not a scrolling action.
        case ignored
        /// The view scrolled (or was already at the edge).
        case moved
    }

    /// The lines shown.
    public private(set) var lines: [String]
    /// The number of the first line in the gutter (nil hides the gutter).
    public var firstLineNumber: Int?
    /// The index into `lines` of the highlighted line, if any.
    public var highlightedLine: Int?
    /// The first line shown.
    public private(set) var scrollOffset: Int = 0
    /// How many lines the last layout showed (for paging).
    public private(set) var pageSize: Int = 10
    /// Columns a tab advances to.
    public var tabWidth: Int = 4

    /// A view of `text` split into lines.
    public init(text: String, firstLineNumber: Int? = 1, highlightedLine: Int? = nil) {
        self.init(lines: text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init),
                  firstLineNumber: firstLineNumber, highlightedLine: highlightedLine)
    }

    /// A view of `lines`.
    public init(lines: [String], firstLineNumber: Int? = 1, highlightedLine: Int? = nil) {
        self.lines = lines
        self.firstLineNumber = firstLineNumber
        self.highlightedLine = highlightedLine
    }

    /// Tells the view how many lines its rectangle shows.
    public mutating func setViewportHeight(_ height: Int) {
        pageSize = max(1, height)
        scroll(to: scrollOffset)
    }

    /// Scrolls so the highlighted line sits about a third of the way down.
    public mutating func centreOnHighlight() {
        guard let highlightedLine else { return }
        scroll(to: highlightedLine - pageSize / 3)
    }

    /// Applies a keymap action: line, half-page, page and end-to-end scrolling.
    public mutating func perform(_ action: ActionID) -> Outcome {
        switch action {
        case .moveDown: scroll(to: scrollOffset + 1)
        case .moveUp: scroll(to: scrollOffset - 1)
        case .pageDown: scroll(to: scrollOffset + pageSize)
        case .pageUp: scroll(to: scrollOffset - pageSize)
        case .halfPageDown: scroll(to: scrollOffset + max(1, pageSize / 2))
        case .halfPageUp: scroll(to: scrollOffset - max(1, pageSize / 2))
        case .top: scroll(to: 0)
        case .bottom: scroll(to: lines.count)
        default: return .ignored
        }
        return .moved
    }

    /// Applies the mouse wheel.
    public mutating func handle(_ mouse: MouseEvent) -> Outcome {
        switch mouse.kind {
        case .wheelUp: scroll(to: scrollOffset - 3)
        case .wheelDown: scroll(to: scrollOffset + 3)
        default: return .ignored
        }
        return .moved
    }

    private mutating func scroll(to offset: Int) {
        scrollOffset = min(max(0, offset), max(0, lines.count - pageSize))
    }

    /// `line` with tabs expanded to the next multiple of `tabWidth`.
    func expandingTabs(_ line: String) -> String {
        guard line.contains("\t") else { return line }
        var out = ""
        var column = 0
        for character in line {
            if character == "\t" {
                let spaces = tabWidth - column % max(1, tabWidth)
                out += String(repeating: " ", count: spaces)
                column += spaces
            } else {
                out.append(character)
                column += TextWidth.of(character)
            }
        }
        return out
    }

    /// Draws the visible lines into `rect`: gutter, text, highlighted line marked.
    public func render(into canvas: inout Canvas, in rect: Rect, theme: Theme) {
        guard !rect.isEmpty else { return }
        canvas.fill(rect, style: theme[.text])
        let lastNumber = (firstLineNumber ?? 0) + max(0, lines.count - 1)
        let gutterWidth = firstLineNumber == nil ? 0 : String(lastNumber).count + 1
        let offset = min(scrollOffset, max(0, lines.count - rect.height))
        for row in 0..<rect.height {
            let index = offset + row
            guard index < lines.count else { break }
            let line = rect.row(row)
            let highlighted = index == highlightedLine
            let style = highlighted ? theme[.selection] : theme[.text]
            if highlighted { canvas.fill(line, style: style) }
            if let firstLineNumber {
                let number = TextWidth.pad(String(firstLineNumber + index), to: gutterWidth - 1, alignRight: true)
                canvas.draw(number, at: Point(x: line.x, y: line.y), style: highlighted ? style : theme[.dim], clip: line)
            }
            let textArea = line.inset(left: gutterWidth)
            canvas.draw(expandingTabs(lines[index]), at: Point(x: textArea.x, y: textArea.y), style: style, clip: textArea)
        }
    }
}
