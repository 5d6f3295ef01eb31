import AtalayaStore

/// Databases made and dropped on a PostgreSQL server, for benchmarks and tests that need a new
/// store each (the user in the URL needs the CREATEDB privilege).
///
/// ```swift
/// let url = try PostgresDatabases.create("bench_ingest", on: "postgres://atalaya@127.0.0.1/atalaya")
/// try PostgresDatabases.drop("bench_ingest", on: "postgres://atalaya@127.0.0.1/atalaya")
/// ```
public enum PostgresDatabases {
    /// Makes database `name` (letters, digits and `_`) on the server `server` names; its URL.
    public static func create(_ name: String, on server: String) throws -> String {
        try run("CREATE DATABASE \(checked(name))", on: server)
        return String(server[..<(server.lastIndex(of: "/") ?? server.endIndex)]) + "/" + name
    }

    public static func drop(_ name: String, on server: String) throws {
        try run("DROP DATABASE IF EXISTS \(checked(name)) WITH (FORCE)", on: server)
    }

    static func checked(_ name: String) throws -> String {
        guard !name.isEmpty, name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }) else {
            throw PostgresURLError("\(name): a database name here is letters, digits and _")
        }
        return name
    }

    static func run(_ sql: String, on server: String) throws {
        let url = try PostgresURL(server)
        let session = PostgresSession(url)
        do { try session.withConnection { try session.execute(sql, on: $0) } } catch let error as PostgresFailure {
            throw StoreError.failed(path: url.display, reason: error.message)
        }
    }
}
