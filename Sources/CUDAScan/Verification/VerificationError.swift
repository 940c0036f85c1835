/// A problem with the reference trees `catalog verify` was given.
public enum VerificationError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A tree that does not exist.
    case missingTree(path: String)
    /// A path that is a file, not a directory.
    case notADirectory(path: String)
    /// Trees with no C/C++, Python, CMake or YAML file in them.
    case nothingToRead(paths: [String])

    /// The message, naming the path.
    public var description: String {
        switch self {
        case let .missingTree(path): return "\(path): no such directory"
        case let .notADirectory(path): return "\(path): not a directory"
        case let .nothingToRead(paths):
            return "\(paths.joined(separator: ", ")): no C/C++ header or source, Python, CMake or YAML file found there"
        }
    }
}
