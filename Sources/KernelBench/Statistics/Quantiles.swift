/// Order statistics on plain arrays: medians, quantiles and selection.
public enum Quantiles {
    /// The `p`-quantile (0...1) of sorted values with linear interpolation (R type 7).
    public static func sorted(_ values: [Double], _ p: Double) -> Double {
        guard !values.isEmpty else { return .nan }
        let h = Double(values.count - 1) * min(max(p, 0), 1)
        let lo = Int(h.rounded(.down)), hi = min(lo + 1, values.count - 1)
        return values[lo] + (h - Double(lo)) * (values[hi] - values[lo])
    }

    /// The median of unsorted values (NaN for an empty array).
    public static func median(_ values: [Double]) -> Double {
        var scratch = values
        return medianInPlace(&scratch)
    }

    /// The median, reordering `values` (quickselect; average linear time).
    public static func medianInPlace(_ values: inout [Double]) -> Double {
        let n = values.count
        guard n > 0 else { return .nan }
        return values.withUnsafeMutableBufferPointer { buf -> Double in
            let upper = select(buf, n / 2)
            if n % 2 == 1 { return upper }
            // The lower middle is the largest element left of the upper middle.
            var lower = buf[0]
            for i in 1..<(n / 2) where buf[i] > lower { lower = buf[i] }
            return (lower + upper) / 2
        }
    }

    /// Places the k-th smallest element at index k and returns it (Hoare partitioning).
    static func select(_ a: UnsafeMutableBufferPointer<Double>, _ k: Int) -> Double {
        var lo = 0, hi = a.count - 1
        while lo < hi {
            let pivot = medianOfThree(a[lo], a[(lo + hi) / 2], a[hi])
            var i = lo, j = hi
            while i <= j {
                while a[i] < pivot { i += 1 }
                while a[j] > pivot { j -= 1 }
                if i <= j {
                    a.swapAt(i, j)
                    i += 1
                    j -= 1
                }
            }
            if k <= j { hi = j } else if k >= i { lo = i } else { return a[k] }
        }
        return a[k]
    }

    private static func medianOfThree(_ x: Double, _ y: Double, _ z: Double) -> Double {
        max(min(x, y), min(max(x, y), z))
    }
}
