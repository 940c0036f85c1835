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
    public func resolve(_ foreign: String, defaultSize: String, splitArguments: Bool = true) -> (kernel: String, size: String) {
        if let t = storage[foreign] { return (t.kernel, t.size ?? defaultSize) }
        if splitArguments, let slash = foreign.firstIndex(of: "/") {
            let head = String(foreign[..<slash]), tail = String(foreign[foreign.index(after: slash)...])
            if let t = storage[head] { return (t.kernel, t.size ?? tail) }
            return (head, tail)
        }
        return (foreign, defaultSize)
    }
}
