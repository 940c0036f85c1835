/// One rung of a kernel's problem-size ladder: a label (`S`, `M`, `L`) and its dimensions.
public struct ProblemSize: Sendable, Codable, Hashable {
    /// The rung's label, e.g. `"M"`.
    public var label: String
    /// The dimensions: `[n]` for vectors and square problems, `[rows, cols]` for matrices.
    public var dims: [Int]

    /// Creates a size rung.
    public init(label: String, dims: [Int]) {
        self.label = label
        self.dims = dims
    }

    /// The dimensions as the runner protocol writes them: `1048576` or `1024x1024`.
    public var dimsText: String { dims.map(String.init).joined(separator: "x") }

    /// Parses `1024x1024` into dimensions; nil when malformed or not positive.
    public static func parseDims(_ text: Substring) -> [Int]? {
        let parts = text.split(separator: "x", omittingEmptySubsequences: false)
        var out: [Int] = []
        for part in parts {
            guard let v = Int(part), v > 0, v <= 1 << 32 else { return nil }
            out.append(v)
        }
        return out.isEmpty ? nil : out
    }
}
