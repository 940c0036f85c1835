import NIOCore
import PostgresNIO
import WorkbenchStore

/// How the backend sorts what postgres-nio throws: server errors by SQLSTATE, a broken
/// connection apart from everything else, because only the latter leaves the session unusable.
enum PostgresFailure {
    /// The server reported an error with this SQLSTATE and message.
    case server(sqlState: String, message: String)
    /// The connection is gone (closed by the server, reset, timed out).
    case connection(reason: String)
    /// Anything else.
    case other(any Error)

    init(_ error: any Error) {
        if let psql = error as? PSQLError {
            if let info = psql.serverInfo, let state = info[.sqlState] {
                var message = info[.message] ?? "server error \(state)"
                if let detail = info[.detail] { message += " (\(detail))" }
                self = .server(sqlState: state, message: message)
                return
            }
            switch psql.code {
            case .serverClosedConnection, .clientClosedConnection, .connectionError, .uncleanShutdown:
                self = .connection(reason: psql.underlying.map { "\($0)" } ?? "\(psql.code)")
            default:
                self = .other(error)
            }
            return
        }
        if error is ChannelError || error is IOError {
            self = .connection(reason: "\(error)")
            return
        }
        self = .other(error)
    }

    /// True for the errors a retry of the whole transaction can cure: serialization failure
    /// and deadlock.
    var isRetryable: Bool {
        if case .server(let state, _) = self { return state == "40001" || state == "40P01" }
        return false
    }

    /// True when the connection must be dropped and made again.
    var brokeConnection: Bool {
        switch self {
        case .connection: return true
        // The server ended the session (admin shutdown, crash, terminated backend).
        case .server(let state, _): return Self.endsSession(state)
        case .other: return false
        }
    }

    /// SQLSTATEs after which the server has closed the session: connection exceptions
    /// (class 08) and administrator shutdown, crash shutdown, cannot connect now.
    static func endsSession(_ state: String) -> Bool {
        state.hasPrefix("08") || ["57P01", "57P02", "57P03"].contains(state)
    }

    /// The store's error for this failure at `location`.
    func storeError(location: String) -> StoreError {
        switch self {
        case .connection(let reason):
            return .connectionLost(location: location, reason: reason)
        case .server(let state, let message):
            switch state {
            case _ where Self.endsSession(state):
                return .connectionLost(location: location, reason: message)
            case "23505":
                return .database(message: "a row with the same key already exists: \(message)")
            case "23503", "23514", "23502":
                return .database(message: "constraint failed: \(message)")
            case "53100":
                return .database(message: "the server's disk is full; nothing was saved (\(message))")
            case "25006":
                return .database(message: "the server refuses writes (read-only): \(message)")
            case "42501":
                return .notWritable(path: location, reason: message)
            default:
                return .database(message: "\(message) [SQLSTATE \(state)]")
            }
        case .other(let error):
            if let storeError = error as? StoreError { return storeError }
            return .database(message: "\(String(reflecting: error))")
        }
    }

    /// The store's error for a failed login or connect to `location`.
    func connectError(location: PostgresLocation) -> StoreError {
        let url = location.displayURL
        switch self {
        case .server(let state, let message):
            switch state {
            case "3D000":
                return .serverUnreachable(location: url, reason: "\(message); create it first (createdb -h \(location.host) -p \(location.port) -U \(location.user) \(location.database))")
            case "28P01", "28000":
                return .serverUnreachable(location: url, reason: "\(message); set PGPASSWORD or add the password to ~/.pgpass")
            case "53300":
                return .serverUnreachable(location: url, reason: "the server has no free connection slots (\(message))")
            default:
                return .serverUnreachable(location: url, reason: "\(message) [SQLSTATE \(state)]")
            }
        case .connection(let reason):
            return .serverUnreachable(location: url, reason: Self.plain(reason))
        case .other(let error):
            if let psql = error as? PSQLError {
                switch psql.code {
                case .authMechanismRequiresPassword:
                    return .serverUnreachable(location: url, reason: "the server asks for a password; set PGPASSWORD or add it to ~/.pgpass")
                case .sslUnsupported:
                    return .serverUnreachable(location: url, reason: "the server does not offer TLS, and sslmode=\(location.tls.rawValue) requires it")
                case .unsupportedAuthMechanism:
                    return .serverUnreachable(location: url, reason: "the server asks for a login method this program does not speak")
                default:
                    return .serverUnreachable(location: url, reason: psql.underlying.map { Self.plain("\($0)") } ?? "\(psql.code)")
                }
            }
            return .serverUnreachable(location: url, reason: Self.plain("\(error)"))
        }
    }

    /// A socket error without NIO's type names ("connection refused", not
    /// `NIOConnectionError(…)`), when one can be found.
    static func plain(_ text: String) -> String {
        let lowered = text.lowercased()
        if lowered.contains("connection refused") { return "connection refused (is the server running and listening on that port?)" }
        if lowered.contains("timed out") || lowered.contains("timeout") { return "no answer before the timeout" }
        if lowered.contains("no address") || lowered.contains("unknown host") || lowered.contains("name or service not known")
            || lowered.contains("resolution")
        {
            return "the host name does not resolve"
        }
        return text
    }
}
