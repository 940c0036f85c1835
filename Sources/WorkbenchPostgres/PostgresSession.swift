import Logging
import NIOCore
import NIOPosix
import NIOSSL
import PostgresNIO
import Synchronization
import WorkbenchStore

/// One connection to the server, made when first needed and made again after it broke;
/// one caller at a time uses it (the lock is held for a whole transaction).
final class PostgresSession: Sendable {
    private let state = Mutex<PostgresConnection?>(nil)
    let location: PostgresLocation
    let logger: Logger
    let id: Int

    /// How long a connection attempt may take before the server counts as unreachable.
    static let connectTimeout = TimeAmount.seconds(10)

    init(location: PostgresLocation, id: Int, logger: Logger) {
        self.location = location
        self.id = id
        self.logger = logger
    }

    deinit {
        let connection = state.withLock { $0 }
        try? connection?.close().wait()
    }

    /// Runs `body` on the connection, connecting first when there is none. A failure that
    /// broke the connection drops it, so the next call connects afresh.
    func withConnection<T>(_ body: (PostgresConnection) throws -> T) throws -> T {
        try state.withLock { current -> T in
            if let existing = current, existing.isClosed { current = nil }
            let connection: PostgresConnection
            if let existing = current {
                connection = existing
            } else {
                connection = try connect()
                current = connection
            }
            do {
                return try body(connection)
            } catch {
                if PostgresFailure(error).brokeConnection || connection.isClosed {
                    current = nil
                    try? connection.close().wait()
                }
                throw error
            }
        }
    }

    /// Logs in, with every failure as the store's "cannot reach" error.
    private func connect() throws(StoreError) -> PostgresConnection {
        do {
            return try PostgresConnection.connect(
                on: MultiThreadedEventLoopGroup.singleton.next(), configuration: try configuration(), id: id, logger: logger
            ).wait()
        } catch let error as StoreError {
            throw error
        } catch {
            throw PostgresFailure(error).connectError(location: location)
        }
    }

    private func configuration() throws -> PostgresConnection.Configuration {
        var configuration: PostgresConnection.Configuration
        if location.host.hasPrefix("/") {
            configuration = PostgresConnection.Configuration(
                unixSocketPath: "\(location.host)/.s.PGSQL.\(location.port)", username: location.user,
                password: location.password, database: location.database)
        } else {
            configuration = PostgresConnection.Configuration(
                host: location.host, port: location.port, username: location.user, password: location.password,
                database: location.database, tls: try tls())
        }
        configuration.options.connectTimeout = Self.connectTimeout
        return configuration
    }

    private func tls() throws -> PostgresConnection.Configuration.TLS {
        switch location.tls {
        case .disable:
            return .disable
        case .prefer, .require:
            // As libpq: encrypted, but the certificate is not checked.
            var settings = TLSConfiguration.makeClientConfiguration()
            settings.certificateVerification = .none
            let context = try NIOSSLContext(configuration: settings)
            return location.tls == .prefer ? .prefer(context) : .require(context)
        case .verifyFull:
            return .require(try NIOSSLContext(configuration: .makeClientConfiguration()))
        }
    }
}
