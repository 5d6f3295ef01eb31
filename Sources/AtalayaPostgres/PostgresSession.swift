import Dispatch
import Foundation
import GRDB
import Logging
import NIOConcurrencyHelpers
import NIOCore
import NIOPosix
import PostgresNIO

/// Connections to one PostgreSQL database, used from ordinary (blocking) threads: the commands
/// and the stores are synchronous, as they are over SQLite, and each call here waits for
/// postgres-nio's answer. Never call it from a Swift concurrency thread (it would hold one
/// while waiting for another).
///
/// Statements are written with `?` for arguments, as for SQLite (`EventQuery.sql`); rows come
/// back as GRDB `Row`s, so the types that read rows (`StoredEvent`, `EventMention`) read both.
///
/// ```swift
/// let session = PostgresSession(url)
/// let rows = try session.withConnection { try session.rows("SELECT id FROM events WHERE root = ?", ["19"], on: $0) }
/// ```
public final class PostgresSession: Sendable {
    let url: PostgresURL
    private let idle = NIOLockedValueBox<[PostgresConnection]>([])
    private let nextID = NIOLockedValueBox(1)
    private let logger = Logger(label: "atalaya.postgres") { _ in SwiftLogNoOpLogHandler() }

    public init(_ url: PostgresURL) {
        self.url = url
    }

    deinit {
        // postgres-nio wants a connection closed before it goes (a debug build checks).
        for connection in idle.withLockedValue({ $0 }) { try? (connection.close() as EventLoopFuture<Void>).wait() }
    }

    /// A connection of its own, for work that holds session state (advisory locks): the caller closes it.
    func connect() throws -> PostgresConnection {
        let id = nextID.withLockedValue { n in defer { n += 1 }; return n }
        do {
            return try PostgresConnection.connect(on: MultiThreadedEventLoopGroup.singleton.next(), configuration: url.configuration,
                                                  id: id, logger: logger).wait()
        } catch {
            throw failure(error)
        }
    }

    /// Runs `body` on an idle connection (or a new one), which goes back to the idle ones after.
    func withConnection<T>(_ body: (PostgresConnection) throws -> T) throws -> T {
        let connection = try idle.withLockedValue { $0.popLast() } ?? connect()
        defer { if !connection.isClosed { idle.withLockedValue { $0.append(connection) } } }
        return try body(connection)
    }

    /// Runs `body` in one transaction: committed when it returns, rolled back when it throws.
    func transaction<T>(_ body: (PostgresConnection) throws -> T) throws -> T {
        try withConnection { connection in
            try execute("BEGIN", on: connection)
            do {
                let value = try body(connection)
                try execute("COMMIT", on: connection)
                return value
            } catch {
                try? execute("ROLLBACK", on: connection)
                throw error
            }
        }
    }

    /// The rows of one statement.
    func rows(_ sql: String, _ arguments: [(any DatabaseValueConvertible)?] = [], on connection: PostgresConnection) throws -> [Row] {
        try postgresRows(sql, arguments, on: connection).map(Self.row)
    }

    /// The rows of one statement as postgres-nio gives them, for readers of many rows (a GRDB
    /// `Row` made from a dictionary costs more than reading the cells).
    func postgresRows(_ sql: String, _ arguments: [(any DatabaseValueConvertible)?] = [],
                      on connection: PostgresConnection) throws -> [PostgresRow] {
        let query = PostgresQuery(unsafeSQL: Self.numbered(sql), binds: Self.binds(arguments))
        let logger = self.logger
        return try wait { try await connection.query(query, logger: logger).collect() }
    }

    /// Runs one statement (or several without arguments), ignoring rows.
    func execute(_ sql: String, _ arguments: [(any DatabaseValueConvertible)?] = [], on connection: PostgresConnection) throws {
        _ = try rows(sql, arguments, on: connection)
    }

    /// Loads `data` (PostgreSQL's COPY text format: tab-separated, `\\N` for null, a row a line) into `table`.
    func copy(into table: String, columns: [String], _ data: [UInt8], on connection: PostgresConnection) throws {
        let logger = self.logger
        try wait {
            try await connection.copyFrom(table: table, columns: columns, logger: logger) { writer in
                try await writer.write(ByteBuffer(bytes: data))
            }
        }
    }

    /// Waits for `body`, run as a task; its error as a `PostgresFailure`.
    private func wait<T: Sendable>(_ body: @escaping @Sendable () async throws -> T) throws -> T {
        let result = NIOLockedValueBox<Result<T, any Error>?>(nil)
        let done = DispatchSemaphore(value: 0)
        Task {
            do {
                let value = try await body()
                result.withLockedValue { $0 = .success(value) }
            } catch {
                result.withLockedValue { $0 = .failure(error) }
            }
            done.signal()
        }
        done.wait()
        do { return try result.withLockedValue { $0! }.get() } catch { throw failure(error) }
    }

    /// postgres-nio's error as one line: the server's message and SQLSTATE, or what failed.
    func failure(_ error: any Error) -> PostgresFailure {
        guard let e = error as? PSQLError else { return PostgresFailure(state: nil, message: "\(error)") }
        if let message = e.serverInfo?[.message] {
            return PostgresFailure(state: e.serverInfo?[.sqlState], message: message)
        }
        return PostgresFailure(state: nil, message: "\(e.code)" + (e.underlying.map { ": \($0)" } ?? ""))
    }

    /// `?` placeholders as PostgreSQL's `$1, $2 …`, outside quoted text and names.
    static func numbered(_ sql: String) -> String {
        var out = [UInt8]()
        out.reserveCapacity(sql.utf8.count + 16)
        var n = 0
        var quote: UInt8? = nil
        for c in sql.utf8 {
            if let q = quote {
                if c == q { quote = nil }
            } else if c == UInt8(ascii: "'") || c == UInt8(ascii: "\"") {
                quote = c
            } else if c == UInt8(ascii: "?") {
                n += 1
                out.append(UInt8(ascii: "$"))
                out.append(contentsOf: String(n).utf8)
                continue
            }
            out.append(c)
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// SQLite-style arguments as PostgreSQL binds: integers as int8, reals as float8, text as text.
    static func binds(_ arguments: [(any DatabaseValueConvertible)?]) -> PostgresBindings {
        var binds = PostgresBindings(capacity: arguments.count)
        for argument in arguments {
            switch argument?.databaseValue.storage {
            case .none, .null?: binds.appendNull()
            case .int64(let v)?: binds.append(v)
            case .double(let v)?: binds.append(v)
            case .string(let v)?: binds.append(v)
            case .blob(let v)?: binds.append(ByteBuffer(bytes: v))
            }
        }
        return binds
    }

    /// A PostgreSQL row as a GRDB row: integers and booleans as Int64, reals as Double, the rest as text.
    static func row(_ row: PostgresRow) -> Row {
        var values = [String: (any DatabaseValueConvertible)?]()
        for cell in row {
            values[cell.columnName] = value(cell)
        }
        return Row(values)
    }

    static func value(_ cell: PostgresCell) -> (any DatabaseValueConvertible)? {
        guard cell.bytes != nil else { return nil }
        switch cell.dataType {
        case .int2, .int4, .int8: return try? cell.decode(Int64.self)
        case .float4, .float8: return try? cell.decode(Double.self)
        case .bool: return (try? cell.decode(Bool.self)).map { $0 ? Int64(1) : 0 }
        case .numeric: return (try? cell.decode(Decimal.self)).map { NSDecimalNumber(decimal: $0).doubleValue }
        default: return try? cell.decode(String.self)
        }
    }
}

/// A statement PostgreSQL refused, or a connection that failed: the server's message and its SQLSTATE.
public struct PostgresFailure: Error, CustomStringConvertible {
    /// SQLSTATE, e.g. "40P01" (deadlock), "42P07" (exists already); nil when not from the server.
    public let state: String?
    public let message: String
    public var description: String { message }

    /// A conflict between transactions that a retry resolves: a deadlock or a serialization failure.
    var isTransient: Bool { state == "40P01" || state == "40001" }
}
