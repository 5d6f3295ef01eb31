import Foundation
import NIOSSL
import PostgresNIO

/// A PostgreSQL store's address, `postgres://user:password@host:port/database?sslmode=…`, as
/// libpq reads it: the port defaults to 5432, the user to `$USER`, the database to the user, the
/// password to `$PGPASSWORD`; `sslmode` is `disable`, `prefer` (the default) or `require`.
///
/// ```swift
/// let url = try PostgresURL("postgres://atalaya@127.0.0.1:5432/news")
/// url.display  // "postgres://atalaya@127.0.0.1:5432/news" (never the password)
/// ```
public struct PostgresURL: Sendable {
    public let configuration: PostgresConnection.Configuration
    /// The address without its password, for messages.
    public let display: String

    /// Whether `location` names a PostgreSQL store rather than a SQLite file.
    public static func names(_ location: String) -> Bool {
        location.hasPrefix("postgres://") || location.hasPrefix("postgresql://")
    }

    public init(_ location: String, environment: [String: String] = ProcessInfo.processInfo.environment) throws {
        guard Self.names(location), let parts = URLComponents(string: location), let host = parts.host, !host.isEmpty else {
            throw PostgresURLError("\(location.prefix(200)): not a postgres://user@host:port/database address")
        }
        let user = parts.user?.removingPercentEncoding ?? environment["USER"] ?? "postgres"
        let password = parts.password?.removingPercentEncoding ?? environment["PGPASSWORD"]
        let path = parts.path.hasPrefix("/") ? String(parts.path.dropFirst()) : parts.path
        let database = path.isEmpty ? user : (path.removingPercentEncoding ?? path)
        let port = parts.port ?? 5432
        let mode = parts.queryItems?.first { $0.name == "sslmode" }?.value ?? "prefer"
        let tls: PostgresConnection.Configuration.TLS
        switch mode {
        case "disable": tls = .disable
        case "prefer", "allow": tls = .prefer(try NIOSSLContext(configuration: .makeClientConfiguration()))
        case "require", "verify-ca", "verify-full": tls = .require(try NIOSSLContext(configuration: .makeClientConfiguration()))
        default: throw PostgresURLError("sslmode=\(mode): disable, prefer or require")
        }
        var configuration = PostgresConnection.Configuration(host: host, port: port, username: user, password: password,
                                                             database: database, tls: tls)
        configuration.options.connectTimeout = .seconds(10)
        self.configuration = configuration
        display = "postgres://\(user)@\(host):\(port)/\(database)"
    }
}

/// An address that is not a PostgreSQL URL.
public struct PostgresURLError: Error, CustomStringConvertible {
    public let description: String
    init(_ description: String) { self.description = description }
}
