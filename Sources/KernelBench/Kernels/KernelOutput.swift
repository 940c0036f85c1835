import CKernels

/// A kernel's output array as a port returns it.
public enum KernelOutput: Sendable, Equatable {
    /// Float output.
    case float32([Float])
    /// Unsigned integer output.
    case uint32([UInt32])

    /// Number of elements.
    public var count: Int {
        switch self {
        case .float32(let v): return v.count
        case .uint32(let v): return v.count
        }
    }

    /// The checksum every port reports: sum of w(i) * out[i] with the protocol's weights.
    public var checksum: Checksum {
        var sum = 0.0, magnitude = 0.0
        switch self {
        case .float32(let v):
            v.withUnsafeBufferPointer { ck_checksum_f32($0.baseAddress, $0.count, &sum, &magnitude) }
        case .uint32(let v):
            v.withUnsafeBufferPointer { ck_checksum_u32($0.baseAddress, $0.count, &sum, &magnitude) }
        }
        return Checksum(value: sum, magnitude: magnitude)
    }

    /// Element `i` as a double, for element-wise comparisons.
    public func element(_ i: Int) -> Double {
        switch self {
        case .float32(let v): return Double(v[i])
        case .uint32(let v): return Double(v[i])
        }
    }
}
