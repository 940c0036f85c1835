/// A problem found while loading or converting catalog files.
public enum CatalogError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A line that does not follow the catalog format.
    case malformedLine(file: String, line: Int, message: String)
    /// An effort word that is not one of direct, mechanical, rewrite, blocker.
    case unknownEffort(file: String, line: Int, value: String)
    /// A target name that is not hip, ascend or sycl.
    case unknownTarget(file: String, line: Int, value: String)
    /// A chip generation that is not a2, a3, 950 or 310p.
    case unknownGeneration(file: String, line: Int, value: String)
    /// The same symbol twice in one file.
    case duplicateSymbol(file: String, line: Int, symbol: String, firstLine: Int)
    /// A file or directory that could not be read.
    case unreadable(path: String, reason: String)

    /// The message with its `file:line` location.
    public var description: String {
        switch self {
        case let .malformedLine(file, line, message): return "\(file):\(line): \(message)"
        case let .unknownEffort(file, line, value):
            return "\(file):\(line): unknown effort '\(value)' (expected direct, mechanical, rewrite or blocker)"
        case let .unknownTarget(file, line, value): return "\(file):\(line): unknown target '\(value)' (expected hip, ascend or sycl)"
        case let .unknownGeneration(file, line, value): return "\(file):\(line): unknown chip generation '\(value)' (expected a2, a3, 950 or 310p)"
        case let .duplicateSymbol(file, line, symbol, firstLine):
            return "\(file):\(line): '\(symbol)' is already defined on line \(firstLine)"
        case let .unreadable(path, reason): return "\(path): \(reason)"
        }
    }
}
