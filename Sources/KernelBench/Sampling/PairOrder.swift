/// The order in which the two arms of a comparison take turns: balanced blocks (ABBA or
/// BAAB), each block's direction drawn from a seeded generator, so that a linear drift in
/// machine speed over a block weighs on both arms alike and no fixed pattern can line up
/// with a periodic disturbance.
public struct PairOrder: Sendable {
    private var rng: SeededGenerator
    private var pending: [[Int]] = []

    /// The seed the order is drawn from (recorded with the comparison).
    public let seed: UInt64

    /// Creates an order from `seed`.
    public init(seed: UInt64) {
        self.seed = seed
        rng = SeededGenerator(seed: seed)
    }

    /// The arm order for the next pair: `[0, 1]` (baseline first) or `[1, 0]`.
    public mutating func next() -> [Int] {
        if pending.isEmpty {
            pending = rng.next() & 1 == 0 ? [[0, 1], [1, 0]] : [[1, 0], [0, 1]]
        }
        return pending.removeFirst()
    }

    /// A seed for one comparison: the session seed mixed with its kernel, size and ports by
    /// FNV-1a (stable across processes, unlike `Hasher`).
    public static func seed(base: UInt64, _ parts: String...) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325 ^ base
        for part in parts {
            for byte in part.utf8 + [0] {
                h ^= UInt64(byte)
                h = h &* 0x100_0000_01b3
            }
        }
        return h
    }
}
