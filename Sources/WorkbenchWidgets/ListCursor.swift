/// A selection and scroll offset over a list of `count` items shown `pageSize` at a time;
/// the movement logic shared by tables, trees and the help overlay.
///
/// Invariants, kept by every mutation: `0 <= selection < count` (or 0 when empty) and the
/// selection lies inside `offset ..< offset + pageSize`.
public struct ListCursor: Hashable, Sendable {
    /// The number of items.
    public private(set) var count: Int
    /// The selected item (0 when the list is empty).
    public private(set) var selection: Int
    /// The first item shown.
    public private(set) var offset: Int
    /// How many items fit on screen (at least 1).
    public private(set) var pageSize: Int

    /// A cursor over `count` items, first item selected.
    public init(count: Int = 0, pageSize: Int = 10) {
        self.count = max(0, count)
        self.selection = 0
        self.offset = 0
        self.pageSize = max(1, pageSize)
    }

    /// Changes the item count, keeping the selection in range.
    public mutating func setCount(_ newCount: Int) {
        count = max(0, newCount)
        clamp()
    }

    /// Changes the page size (from the layout), keeping the selection visible.
    public mutating func setPageSize(_ newSize: Int) {
        pageSize = max(1, newSize)
        clamp()
    }

    /// Selects item `index` (clamped) and scrolls it into view.
    public mutating func select(_ index: Int) {
        selection = index
        clamp()
    }

    /// Moves the selection by `delta` items (clamped); returns whether it moved.
    @discardableResult
    public mutating func move(by delta: Int) -> Bool {
        let before = selection
        select(selection + delta)
        return selection != before
    }

    /// Scrolls the view by `delta` items without letting the selection leave it.
    public mutating func scroll(by delta: Int) {
        let maxOffset = max(0, count - pageSize)
        offset = min(max(0, offset + delta), maxOffset)
        if selection < offset { selection = offset }
        if selection >= offset + pageSize { selection = offset + pageSize - 1 }
        clamp()
    }

    /// Applies a navigation action; returns whether it was one this cursor handles.
    public mutating func perform(_ action: ActionID) -> Bool {
        switch action {
        case .moveUp: move(by: -1)
        case .moveDown: move(by: 1)
        case .top: select(0)
        case .bottom: select(count - 1)
        case .pageUp: move(by: -pageSize)
        case .pageDown: move(by: pageSize)
        case .halfPageUp: move(by: -max(1, pageSize / 2))
        case .halfPageDown: move(by: max(1, pageSize / 2))
        default: return false
        }
        return true
    }

    private mutating func clamp() {
        selection = count == 0 ? 0 : min(max(0, selection), count - 1)
        let maxOffset = max(0, count - pageSize)
        if selection < offset { offset = selection }
        if selection >= offset + pageSize { offset = selection - pageSize + 1 }
        offset = min(max(0, offset), maxOffset)
    }
}
