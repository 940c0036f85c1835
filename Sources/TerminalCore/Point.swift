/// A cell position: `x` is the column and `y` the row, both counted from zero.
public struct Point: Hashable, Sendable, CustomStringConvertible {
    /// Column, counted from zero at the left edge.
    public var x: Int
    /// Row, counted from zero at the top edge.
    public var y: Int

    /// The cell at column `x`, row `y`.
    public init(x: Int, y: Int) {
        self.x = x
        self.y = y
    }

    /// The top-left cell.
    public static let origin = Point(x: 0, y: 0)

    /// `"(x,y)"`, for test failure messages.
    public var description: String { "(\(x),\(y))" }
}
