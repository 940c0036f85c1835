import Foundation

/// Maps foreign benchmark names to suite kernels and sizes: `FOREIGN = KERNEL [SIZE]` lines.
///
/// ```
/// # Google Benchmark name      kernel  size
/// BM_triad/1048576           = triad   M
/// triad_kernel               = triad
/// ```
public struct KernelNameMap: Sendable, Hashable {
    /// Foreign name to (kernel, optional size label).
    public var entries: [String: (kernel: String, size: String?)] {
        storage.mapValues { ($0.kernel, $0.size) }
    }

    private struct Target: Sendable, Hashable {
        var kernel: String
        var size: String?
    }

    private var storage: [String: Target] = [:]

    /// An empty map (names pass through).
    public init() {}

    /// Reads a map file.
    public static func load(path: String) throws(ImportError) -> KernelNameMap {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            throw ImportError.badKernelMap(path: path, line: 0, detail: "cannot read file")
        }
        return try parse(text, path: path)
    }

    /// Parses map text.
    public static func parse(_ text: String, path: String) throws(ImportError) -> KernelNameMap {
        var map = KernelNameMap()
        for (i, raw) in TextLines.split(text).enumerated() {
            let line = raw.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init)?
                .trimmingCharacters(in: .whitespaces) ?? ""
            if line.isEmpty { continue }
            guard let eq = line.lastIndex(of: "=") else {
                throw ImportError.badKernelMap(path: path, line: i + 1, detail: "expected 'FOREIGN = KERNEL [SIZE]'")
            }
            let foreign = line[..<eq].trimmingCharacters(in: .whitespaces)
            let target = line[line.index(after: eq)...].split(separator: " ").map(String.init)
            guard !foreign.isEmpty, (1...2).contains(target.count) else {
                throw ImportError.badKernelMap(path: path, line: i + 1, detail: "expected 'FOREIGN = KERNEL [SIZE]'")
            }
            guard KernelID(rawValue: target[0]) != nil else {
                throw ImportError.badKernelMap(path: path, line: i + 1, detail: "unknown kernel '\(RunnerError.clip(target[0]))'")
            }
            map.storage[foreign] = Target(kernel: target[0], size: target.count == 2 ? target[1] : nil)
        }
        return map
    }

    /// Adds one mapping.
    public mutating func add(_ foreign: String, kernel: KernelID, size: String? = nil) {
        storage[foreign] = Target(kernel: kernel.rawValue, size: size)
    }

    /// The kernel and size for a foreign name: an exact entry, else (with `splitArguments`)
    /// the benchmark-style split where `name/arg` gives kernel `name`, size `arg`.
    ///
    /// Without an entry, a name that is a suite kernel once `BM_`, a `_kernel` or `_benchmark`
    /// suffix and case are set aside (`BM_Triad`, `triad_kernel`) is that kernel, and a size
    /// whose numbers are a rung's dimensions (`1048576`, `1024/1024`, `Elements=65536`) is that
    /// rung's label, so imports line up with the suite's own ports without a map file.
    public func resolve(_ foreign: String, defaultSize: String, splitArguments: Bool = true) -> (kernel: String, size: String) {
        if let t = storage[foreign] { return (t.kernel, t.size ?? defaultSize) }
        if splitArguments, let slash = foreign.firstIndex(of: "/") {
            let head = String(foreign[..<slash]), tail = String(foreign[foreign.index(after: slash)...])
            if let t = storage[head] { return (t.kernel, t.size ?? Self.suiteSizeLabel(kernel: t.kernel, text: tail) ?? tail) }
            let kernel = Self.suiteKernel(named: head) ?? head
            return (kernel, Self.suiteSizeLabel(kernel: kernel, text: tail) ?? tail)
        }
        let kernel = Self.suiteKernel(named: foreign) ?? foreign
        return (kernel, Self.suiteSizeLabel(kernel: kernel, text: defaultSize) ?? defaultSize)
    }

    /// The suite kernel a foreign benchmark name stands for, by the common naming habits.
    static func suiteKernel(named name: String) -> String? {
        var text = name.lowercased()
        if text.hasPrefix("bm_") { text.removeFirst(3) }
        for suffix in ["_kernel", "_benchmark", "_bench"] where text.hasSuffix(suffix) { text.removeLast(suffix.count) }
        return KernelID(rawValue: text)?.rawValue
    }

    /// The label of the rung of `kernel` whose dimensions are the numbers in `text`, in order (one number
    /// stands for every dimension of a square rung).
    static func suiteSizeLabel(kernel: String, text: String) -> String? {
        guard let spec = KernelSuite.standard.spec(named: kernel) else { return nil }
        if let rung = spec.size(text) { return rung.label }
        let numbers = text.split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
        guard !numbers.isEmpty else { return nil }
        return spec.sizes.first { rung in
            rung.dims == numbers || (numbers.count == 1 && rung.dims.allSatisfy { $0 == numbers[0] })
        }?.label
    }
}
