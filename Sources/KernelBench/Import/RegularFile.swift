import Foundation

/// Reads input files only when they are regular files of a sane size: a FIFO would block
/// for ever and `/dev/zero` would never end, so both are refused before any byte is read.
public enum RegularFile {
    /// Why a file was not read.
    public enum Refusal: Error, Equatable, CustomStringConvertible {
        /// Missing or unreadable.
        case unreadable
        /// A directory, FIFO, device or socket.
        case notRegular(kind: String)
        /// Larger than the limit.
        case tooLarge(bytes: Int, limit: Int)

        /// What to tell the user.
        public var description: String {
            switch self {
            case .unreadable: return "not found or not readable"
            case .notRegular(let kind): return "not a regular file (\(kind))"
            case .tooLarge(let bytes, let limit): return "\(bytes) bytes, more than the \(limit)-byte limit"
            }
        }
    }

    /// The contents of `path` when it is a regular file of at most `limit` bytes.
    public static func read(_ path: String, limit: Int) -> Result<Data, Refusal> {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path),
              let type = attributes[.type] as? FileAttributeType
        else { return .failure(.unreadable) }
        guard type == .typeRegular else {
            let kind: String
            switch type {
            case .typeDirectory: kind = "a directory"
            case .typeCharacterSpecial, .typeBlockSpecial: kind = "a device"
            case .typeSocket: kind = "a socket"
            default: kind = "a FIFO or special file"
            }
            return .failure(.notRegular(kind: kind))
        }
        if let size = (attributes[.size] as? NSNumber)?.intValue, size > limit {
            return .failure(.tooLarge(bytes: size, limit: limit))
        }
        guard let data = FileManager.default.contents(atPath: path) else { return .failure(.unreadable) }
        return data.count > limit ? .failure(.tooLarge(bytes: data.count, limit: limit)) : .success(data)
    }
}
