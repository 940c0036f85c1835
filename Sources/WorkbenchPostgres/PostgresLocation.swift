import Foundation
import WorkbenchStore

/// Where a PostgreSQL workspace is and how to log in: `postgres://user@host:port/dbname`,
/// with libpq's environment defaults and password sources.
///
/// A password is never taken from the URL, which would leave it in shell history and in
/// process listings: it comes from `PGPASSWORD`, else from the password file (`PGPASSFILE`,
/// else `~/.pgpass`, in libpq's format).
public struct PostgresLocation: Sendable, Equatable {
    /// How the connection is encrypted, as libpq's `sslmode`.
    public enum TLSMode: String, Sendable, CaseIterable {
        /// Plain TCP.
        case disable
        /// TLS when the server offers it, else plain (libpq's default); no certificate check.
        case prefer
        /// TLS or nothing; the certificate is not checked (as libpq's `require`).
        case require
        /// TLS, and the certificate must be valid for the host name.
        case verifyFull = "verify-full"
    }

    /// Host name or address (a path starting with `/` is a directory holding the server's socket).
    public var host: String
    /// TCP port (also names the socket file).
    public var port: Int
    /// Login role.
    public var user: String
    /// Database name.
    public var database: String
    /// The password, when one was found in the environment or the password file.
    public var password: String?
    /// Encryption.
    public var tls: TLSMode

    /// The location for people and messages: the URL without any password.
    public var displayURL: String {
        let hostPart = host.hasPrefix("/") ? "" : (host.contains(":") ? "[\(host)]" : host)
        var url = "postgres://\(Self.escape(user))@\(hostPart):\(port)/\(Self.escape(database))"
        if host.hasPrefix("/") { url += "?host=\(host)" }
        return url
    }

    /// Parses `url`, filling what it leaves out from `environment` (`PGHOST`, `PGPORT`,
    /// `PGUSER`, `PGDATABASE`, `PGSSLMODE`, `USER`) and the password from `PGPASSWORD` or the
    /// password file.
    public static func parse(_ url: String, environment: [String: String]) throws(StoreError) -> PostgresLocation {
        func refuse(_ reason: String) -> StoreError { .unsupportedLocation(location: redacted(url), reason: reason) }
        guard let components = URLComponents(string: url),
              let scheme = components.scheme?.lowercased(), scheme == "postgres" || scheme == "postgresql"
        else {
            throw refuse("not a postgres://user@host:port/dbname URL")
        }
        if components.password != nil || components.percentEncodedUser?.contains(":") == true {
            throw refuse("a password in the URL would stay in shell history; remove it and set PGPASSWORD or add it to ~/.pgpass")
        }
        var query: [String: String] = [:]
        for item in components.queryItems ?? [] {
            guard let value = item.value else { throw refuse("parameter '\(item.name)' has no value") }
            query[item.name] = value
        }
        for name in query.keys where !["sslmode", "host", "port", "user", "dbname"].contains(name) {
            throw refuse("unknown parameter '\(name)' (known: sslmode, host, port, user, dbname)")
        }
        func nonEmpty(_ value: String?) -> String? { value.flatMap { $0.isEmpty ? nil : $0 } }

        let host = nonEmpty(query["host"]) ?? nonEmpty(components.host) ?? nonEmpty(environment["PGHOST"]) ?? "localhost"
        let portText = nonEmpty(query["port"]) ?? components.port.map(String.init) ?? nonEmpty(environment["PGPORT"]) ?? "5432"
        guard let port = Int(portText), (1...65535).contains(port) else { throw refuse("port '\(portText)' is not 1 to 65535") }
        let user = nonEmpty(query["user"]) ?? nonEmpty(components.user) ?? nonEmpty(environment["PGUSER"])
            ?? nonEmpty(environment["USER"]) ?? NSUserName()
        let pathName = String(components.path.drop { $0 == "/" })
        if pathName.contains("/") { throw refuse("the database name '\(pathName)' contains '/'") }
        let database = nonEmpty(query["dbname"]) ?? nonEmpty(pathName) ?? nonEmpty(environment["PGDATABASE"]) ?? user
        let modeText = nonEmpty(query["sslmode"]) ?? nonEmpty(environment["PGSSLMODE"]) ?? TLSMode.prefer.rawValue
        guard let tls = TLSMode(rawValue: modeText) else {
            throw refuse("sslmode '\(modeText)' is not one of " + TLSMode.allCases.map(\.rawValue).joined(separator: ", "))
        }

        var location = PostgresLocation(host: host, port: port, user: user, database: database, password: nil, tls: tls)
        location.password = try location.findPassword(environment: environment)
        return location
    }

    /// `url` with any password replaced, for messages.
    static func redacted(_ url: String) -> String {
        guard var components = URLComponents(string: url), components.password != nil else { return url }
        components.percentEncodedPassword = "***"
        return components.string ?? "postgres://…"
    }

    /// `PGPASSWORD`, else the first matching line of the password file.
    func findPassword(environment: [String: String]) throws(StoreError) -> String? {
        if let password = environment["PGPASSWORD"], !password.isEmpty { return password }
        let file: String
        if let named = environment["PGPASSFILE"], !named.isEmpty {
            file = named
        } else {
            let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
            file = (home as NSString).appendingPathComponent(".pgpass")
        }
        var info = stat()
        guard stat(file, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        // As libpq: a password file others can read is not trusted.
        if info.st_mode & 0o077 != 0 {
            throw .invalidValue(field: "password file", value: file, reason: "others can read it; run chmod 600 on it")
        }
        guard let text = try? String(contentsOfFile: file, encoding: .utf8) else {
            throw .invalidValue(field: "password file", value: file, reason: "cannot be read as UTF-8 text")
        }
        let hostKey = host.hasPrefix("/") ? "localhost" : host
        return PasswordFile(text: text).password(host: hostKey, port: port, database: database, user: user)
    }

    private static func escape(_ part: String) -> String {
        part.addingPercentEncoding(withAllowedCharacters: .urlUserAllowed.subtracting(CharacterSet(charactersIn: ":@/"))) ?? part
    }
}

/// libpq's password file: lines of `host:port:database:user:password`, where `*` matches
/// anything, `\:` and `\\` escape, and lines starting with `#` are comments.
struct PasswordFile {
    /// The entries, in file order (the first match wins).
    let entries: [[String]]

    init(text: String) {
        entries = text.split(whereSeparator: \.isNewline).compactMap { line in
            if line.hasPrefix("#") { return nil }
            var fields: [String] = []
            var current = ""
            var escaped = false
            for character in line {
                if escaped {
                    current.append(character)
                    escaped = false
                } else if character == "\\" {
                    escaped = true
                } else if character == ":" && fields.count < 4 {
                    fields.append(current)
                    current = ""
                } else {
                    current.append(character)
                }
            }
            fields.append(current)
            return fields.count == 5 ? fields : nil
        }
    }

    /// The password of the first entry matching the four keys.
    func password(host: String, port: Int, database: String, user: String) -> String? {
        let keys = [host, String(port), database, user]
        return entries.first { entry in zip(entry.prefix(4), keys).allSatisfy { $0 == "*" || $0 == $1 } }?[4]
    }
}
