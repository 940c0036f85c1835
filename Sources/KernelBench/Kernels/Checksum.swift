/// A weighted output checksum and the scale its tolerance is relative to.
///
/// `value` is the sum of `w(i) * out[i]` and `magnitude` the sum of `w(i) * |out[i]|`, with
/// `w(i) = 0.5 + ((i * 2654435761) mod 2^32) / 2^32`; the weights make a permuted output differ.
public struct Checksum: Sendable, Codable, Hashable {
    /// The weighted sum.
    public var value: Double
    /// The weighted sum of magnitudes (the reference's scale for the relative error).
    public var magnitude: Double

    /// Creates a checksum.
    public init(value: Double, magnitude: Double) {
        self.value = value
        self.magnitude = magnitude
    }

    /// Relative disagreement of `other` against this reference checksum.
    public func relativeError(of other: Double) -> Double {
        guard value.isFinite, other.isFinite else { return .infinity }
        let scale = max(abs(magnitude), abs(value), Double.leastNormalMagnitude)
        return abs(other - value) / scale
    }

    /// Whether `other` agrees with this reference within `tolerance`.
    public func accepts(_ other: Double, tolerance: Double) -> Bool {
        relativeError(of: other) <= tolerance
    }
}
