/// The kernels of the suite, named as every port and runner names them.
public enum KernelID: String, Sendable, Codable, CaseIterable, Hashable, Comparable {
    /// Stream copy `b[i] = a[i]`.
    case copy
    /// Stream triad `a[i] = b[i] + s * c[i]`.
    case triad
    /// Dot product (a reduction).
    case dot
    /// Matrix transpose.
    case transpose
    /// Single-precision matrix multiply.
    case sgemm
    /// Softmax of each row.
    case softmax
    /// Layer normalisation of each row.
    case layernorm
    /// 2-D 5-point stencil (one Jacobi step).
    case stencil
    /// 256-bin histogram with atomics.
    case histogram
    /// Inclusive prefix sum.
    case scan

    /// Orders kernels as the suite lists them.
    public static func < (lhs: KernelID, rhs: KernelID) -> Bool {
        let order = KernelID.allCases
        return order.firstIndex(of: lhs)! < order.firstIndex(of: rhs)!
    }
}
