/// The size of a terminal or canvas in character cells.
public struct Size: Hashable, Sendable, CustomStringConvertible {
    /// Number of columns.
    public var width: Int
    /// Number of rows.
    public var height: Int

    /// A size of `width` columns by `height` rows; negative values become zero.
    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
    }

    /// A size with no cells.
    public static let zero = Size(width: 0, height: 0)

    /// True when the size holds no cells.
    public var isEmpty: Bool { width == 0 || height == 0 }

    /// True when both dimensions are at least those of `minimum`.
    public func fits(_ minimum: Size) -> Bool {
        width >= minimum.width && height >= minimum.height
    }

    /// `"80×24"`, the form used in messages.
    public var description: String { "\(width)×\(height)" }
}
