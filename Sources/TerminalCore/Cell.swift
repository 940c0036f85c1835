/// One character cell of a canvas.
///
/// A wide grapheme (East-Asian, most emoji) occupies two cells: the leading cell holds the
/// grapheme with `width` 2 and the cell to its right is a continuation (`text` empty,
/// `width` 0) that backends skip.
public struct Cell: Hashable, Sendable {
    /// The grapheme shown, or the empty string for the right half of a wide grapheme.
    public var text: String
    /// The style of the cell.
    public var style: Style
    /// Columns the grapheme occupies: 1, 2, or 0 for a continuation cell.
    public var width: Int

    /// A cell showing `text` (one grapheme of display width `width`) in `style`.
    public init(text: String, style: Style = .plain, width: Int = 1) {
        self.text = text
        self.style = style
        self.width = width
    }

    /// A blank cell in the terminal's default style.
    public static let blank = Cell(text: " ")

    /// A blank cell in `style`.
    public static func blank(_ style: Style) -> Cell { Cell(text: " ", style: style) }

    /// The right half of a wide grapheme drawn in `style`.
    public static func continuation(_ style: Style) -> Cell { Cell(text: "", style: style, width: 0) }

    /// True for the right half of a wide grapheme.
    public var isContinuation: Bool { width == 0 }
}
