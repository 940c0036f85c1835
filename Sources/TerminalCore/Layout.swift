/// Splitting a rectangle into rows or columns by fixed, percentage and fill sizes.
///
/// Fixed sizes are served first, then percentages of the whole, then fills share what is
/// left by weight. When the space is too small the later parts shrink to zero, so a layout
/// never produces negative or overlapping rectangles (a 1×1 terminal still lays out).
public enum Layout {
    /// The direction of a split.
    public enum Axis: Sendable {
        /// Parts stacked top to bottom.
        case vertical
        /// Parts side by side, left to right.
        case horizontal
    }

    /// How much of the axis one part takes.
    public enum Length: Hashable, Sendable {
        /// Exactly this many cells (less when space runs out).
        case fixed(Int)
        /// This percentage (0–100) of the whole length.
        case percent(Int)
        /// A share of what remains, proportional to the weight.
        case fill(Int)

        /// A fill with weight 1.
        public static let fill = Length.fill(1)
    }

    /// `rect` split along `axis` into one rectangle per length, `spacing` cells apart.
    public static func split(_ rect: Rect, _ axis: Axis, _ lengths: [Length], spacing: Int = 0) -> [Rect] {
        guard !lengths.isEmpty else { return [] }
        let total = axis == .vertical ? rect.height : rect.width
        let gaps = max(0, spacing) * (lengths.count - 1)
        var remaining = max(0, total - gaps)
        var sizes = Array(repeating: 0, count: lengths.count)
        // Fixed and percentage parts claim space in order.
        for (index, length) in lengths.enumerated() {
            let wanted: Int
            switch length {
            case .fixed(let n): wanted = max(0, n)
            case .percent(let p): wanted = max(0, min(100, p)) * total / 100
            case .fill: continue
            }
            sizes[index] = min(wanted, remaining)
            remaining -= sizes[index]
        }
        // Fills share the rest by weight; rounding leftovers go to the earliest fills.
        let fillIndices = lengths.indices.filter { if case .fill = lengths[$0] { return true } else { return false } }
        let weights = fillIndices.map { index -> Int in
            if case .fill(let w) = lengths[index] { return max(0, w) }
            return 0
        }
        let weightSum = weights.reduce(0, +)
        if weightSum > 0 {
            var handed = 0
            for (slot, index) in fillIndices.enumerated() {
                sizes[index] = remaining * weights[slot] / weightSum
                handed += sizes[index]
            }
            var leftover = remaining - handed
            for (slot, index) in fillIndices.enumerated() where leftover > 0 && weights[slot] > 0 {
                sizes[index] += 1
                leftover -= 1
            }
        }
        var result: [Rect] = []
        var offset = axis == .vertical ? rect.y : rect.x
        for size in sizes {
            switch axis {
            case .vertical: result.append(Rect(x: rect.x, y: offset, width: rect.width, height: size))
            case .horizontal: result.append(Rect(x: offset, y: rect.y, width: size, height: rect.height))
            }
            offset += size + max(0, spacing)
        }
        return result
    }
}
