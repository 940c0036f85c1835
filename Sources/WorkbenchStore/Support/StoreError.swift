import Foundation

/// An error from the workspace store, carrying enough context to print a one-line message.
///
/// Match on the case to react (`catch StoreError.notFound`), print `description` to tell
/// a person what went wrong. Errors of the database itself are wrapped in `.database`.
public enum StoreError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The directory that should hold the database file does not exist.
    case directoryMissing(path: String)
    /// The database file or its directory cannot be written.
    case notWritable(path: String, reason: String)
    /// The file exists but is not a SQLite database (or the server database is not a
    /// Drawbridge workspace).
    case notADatabase(path: String)
    /// The database was written by a newer Drawbridge; its unknown migrations are listed.
    case schemaTooNew(path: String, unknownMigrations: [String])
    /// A named or numbered thing does not exist (`entity` is "team", "attempt", …).
    case notFound(entity: String, key: String)
    /// A value that must be given was not.
    case missingValue(field: String, reason: String)
    /// A thing with this name already exists.
    case alreadyExists(entity: String, name: String)
    /// A value given by the user is not acceptable; `reason` says why.
    case invalidValue(field: String, value: String, reason: String)
    /// A workspace document (JSON) could not be read.
    case invalidDocument(path: String, reason: String)
    /// The database reported an error the store did not anticipate.
    case database(message: String)
    /// The location names a kind of storage this program (or this operation) cannot use.
    case unsupportedLocation(location: String, reason: String)
    /// The database server could not be reached or refused the login.
    case serverUnreachable(location: String, reason: String)
    /// The connection to the database server was lost; the change under way was rolled
    /// back by the server (it is never half-saved).
    case connectionLost(location: String, reason: String)

    /// A one-line, human-readable message.
    public var description: String {
        switch self {
        case .directoryMissing(let path):
            return "directory does not exist: \(Self.quoted(path))"
        case .notWritable(let path, let reason):
            return "cannot write \(Self.quoted(path)): \(reason)"
        case .notADatabase(let path):
            return "\(Self.quoted(path)) is not a Drawbridge workspace (not a SQLite database)"
        case .schemaTooNew(let path, let unknown):
            return "\(Self.quoted(path)) was written by a newer Drawbridge (unknown schema "
                + "\(unknown.joined(separator: ", "))); upgrade drawbridge to open it — the workspace was left untouched"
        case .notFound(let entity, let key):
            return "\(entity) \(Self.quoted(key)) not found"
        case .missingValue(let field, let reason):
            return "\(field) is required: \(reason)"
        case .alreadyExists(let entity, let name):
            return "\(entity) \(Self.quoted(name)) already exists"
        case .invalidValue(let field, let value, let reason):
            return "invalid \(field) \(Self.quoted(value)): \(reason)"
        case .invalidDocument(let path, let reason):
            return "cannot read \(Self.quoted(path)): \(reason)"
        case .database(let message):
            return "database error: \(message)"
        case .unsupportedLocation(let location, let reason):
            return "cannot open \(Self.quoted(location)): \(reason)"
        case .serverUnreachable(let location, let reason):
            return "cannot reach the workspace server \(Self.quoted(location)): \(reason)"
        case .connectionLost(let location, let reason):
            return "lost the connection to \(Self.quoted(location)) (\(reason)); the server keeps a change only if it committed whole — look, then run the command again if it is missing"
        }
    }

    /// Quotes and escapes a user-supplied value so control characters never reach the terminal.
    static func quoted(_ value: String) -> String {
        var out = "'"
        for scalar in value.unicodeScalars {
            switch scalar.value {
            case 0x0A: out += "\\n"
            case 0x09: out += "\\t"
            case 0x0D: out += "\\r"
            case 0..<0x20, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069:
                out += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "'"
    }
}
