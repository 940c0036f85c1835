/// The drawing characters a theme uses, in a Unicode set and an ASCII fallback for
/// terminals or fonts without box-drawing and block glyphs.
public struct Glyphs: Hashable, Sendable {
    /// Horizontal line.
    public var horizontal: Character
    /// Vertical line.
    public var vertical: Character
    /// Top-left corner.
    public var topLeft: Character
    /// Top-right corner.
    public var topRight: Character
    /// Bottom-left corner.
    public var bottomLeft: Character
    /// Bottom-right corner.
    public var bottomRight: Character
    /// Sparkline levels from lowest to highest (eight entries).
    public var sparkLevels: [Character]
    /// Full bar cell.
    public var barFull: Character
    /// Partial bar cells from 1/8 to 7/8 (seven entries; empty means whole cells only).
    public var barPartials: [Character]
    /// Empty part of a progress bar.
    public var barEmpty: Character
    /// Interval whisker ends and middle.
    public var whiskerLeft: Character
    /// Right end of an interval whisker.
    public var whiskerRight: Character
    /// Middle of an interval whisker.
    public var whiskerMiddle: Character
    /// Ascending sort marker.
    public var sortAscending: Character
    /// Descending sort marker.
    public var sortDescending: Character
    /// Collapsed tree node.
    public var collapsed: Character
    /// Expanded tree node.
    public var expanded: Character
    /// Text cut short.
    public var ellipsis: String
    /// Breadcrumb separator.
    public var breadcrumbSeparator: String

    /// Box drawing, block elements and arrows.
    public static let unicode = Glyphs(
        horizontal: "─", vertical: "│", topLeft: "┌", topRight: "┐", bottomLeft: "└", bottomRight: "┘",
        sparkLevels: ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"],
        barFull: "█", barPartials: ["▏", "▎", "▍", "▌", "▋", "▊", "▉"], barEmpty: "░",
        whiskerLeft: "├", whiskerRight: "┤", whiskerMiddle: "─",
        sortAscending: "▲", sortDescending: "▼", collapsed: "▸", expanded: "▾",
        ellipsis: "…", breadcrumbSeparator: " › "
    )

    /// Plain ASCII for terminals without Unicode glyphs (`--ascii`, non-UTF-8 locales).
    public static let ascii = Glyphs(
        horizontal: "-", vertical: "|", topLeft: "+", topRight: "+", bottomLeft: "+", bottomRight: "+",
        sparkLevels: ["_", ".", "-", "=", "+", "*", "#", "@"],
        barFull: "#", barPartials: [], barEmpty: ".",
        whiskerLeft: "|", whiskerRight: "|", whiskerMiddle: "-",
        sortAscending: "^", sortDescending: "v", collapsed: "+", expanded: "-",
        ellipsis: "~", breadcrumbSeparator: " > "
    )
}
