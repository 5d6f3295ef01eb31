import GRDB
import GRDBSQLite

/// Rows of one table inserted many to a statement (`INSERT … VALUES (…), (…), …`), their values
/// bound straight to SQLite: for the rows ingest writes by the ten thousand. A statement per row
/// cost more in SQLite's statement set-up and halt (cursors opened on the table and each index,
/// the statement savepoint) than in the insert itself; GRDB's `execute(arguments:)` would box
/// every value in a `DatabaseValue` and validate it. Text is bound as GRDB binds it (up to a NUL,
/// if any), from a copy in `TextRoom` that SQLite reads in place.
///
/// Rows are held until `rowsPerStatement` of them make a statement (64, fewer for a wide table:
/// SQLite before 3.32 took at most 999 values a statement); `finish` inserts the rest in
/// statements of half as many, a quarter … 1 row, so that a connection prepares a handful of
/// statements per table.
///
/// ```swift
/// var insert = BulkInsert(db, table: "t", columns: ["a", "b"])
/// insert.add(1); insert.add("x"); try insert.endRow()
/// try insert.finish()   // before anything reads the table
/// ```
struct BulkInsert {
    private enum Value {
        case integer(Int64)
        case real(Double)
        case text(UnsafePointer<CChar>, CInt)
        case null
    }

    /// Rows a full statement inserts: a power of two.
    let rowsPerStatement: Int
    private let db: Database
    private let table: String
    private let columns: [String]
    /// The statement of each size used: 64, 32, … 1 rows.
    private let sqls: [Int: String]
    /// The statements looked up in the connection's cache (hashing a statement of 64 rows costs
    /// more than binding a row).
    private var statements: [Int: Statement] = [:]
    private var values: [Value] = []
    /// The text of the rows held, until they are inserted.
    private let room = TextRoom()

    /// `onConflict`, if any, ends every statement (an upsert: "ON CONFLICT DO UPDATE SET …").
    init(_ db: Database, table: String, columns: [String], onConflict: String? = nil) {
        self.db = db
        self.table = table
        self.columns = columns
        var rows = 64
        while rows > 1 && rows * columns.count > 999 { rows /= 2 }
        rowsPerStatement = rows
        let row = "(" + Array(repeating: "?", count: columns.count).joined(separator: ", ") + ")"
        // OR FAIL: a failing row fails the batch, whose transaction is then rolled back whole, so
        // a statement need not undo its own rows; SQLite then skips the statement journal (a
        // savepoint and a copy of each page the statement touches) for tables without triggers.
        let head = "INSERT OR FAIL INTO \(table) (" + columns.map { "\"\($0)\"" }.joined(separator: ", ") + ") VALUES "
        var sqls = [Int: String]()
        var size = rowsPerStatement
        while size > 0 {
            sqls[size] = head + Array(repeating: row, count: size).joined(separator: ", ") + (onConflict.map { " " + $0 } ?? "")
            size /= 2
        }
        self.sqls = sqls
        values.reserveCapacity(columns.count * rowsPerStatement)
    }

    mutating func add(_ value: Int64) { values.append(.integer(value)) }

    mutating func add(_ value: Int) { values.append(.integer(Int64(value))) }

    mutating func add(_ value: Int?) { values.append(value.map { .integer(Int64($0)) } ?? .null) }

    mutating func add(_ value: Double?) { values.append(value.map { .real($0) } ?? .null) }

    /// A text value read from `bytes` (a document's), copied as `add(_: String?)` copies a string.
    mutating func add(_ span: TextSpan?, in bytes: [UInt8]) {
        guard let span else { return values.append(.null) }
        let (text, count) = bytes.withUnsafeBytes { room.copy(UnsafeRawBufferPointer(rebasing: $0[Int(span.start)..<Int(span.end)])) }
        values.append(.text(text, count))
    }

    mutating func add(_ value: String?) {
        guard var value else { return values.append(.null) }
        let (text, count) = value.withUTF8 { room.copy(UnsafeRawBufferPointer($0)) }
        values.append(.text(text, count))
    }

    /// Ends the row being added; inserts the rows held once they fill a statement.
    mutating func endRow() throws {
        guard values.count % columns.count == 0 else {
            throw DatabaseError(resultCode: .SQLITE_RANGE, message: "wrong bindings (\(values.count) values)",
                                sql: "INSERT INTO \(table)")
        }
        if values.count == columns.count * rowsPerStatement {
            try insert(rows: rowsPerStatement, from: 0)
            values.removeAll(keepingCapacity: true)
            room.empty()
        }
    }

    /// Inserts the rows still held.
    mutating func finish() throws {
        var rows = values.count / columns.count
        var first = 0
        var size = rowsPerStatement
        while rows > 0 {
            size /= 2
            if rows & size == 0 { continue }
            try insert(rows: size, from: first)
            first += size * columns.count
            rows -= size
        }
        values.removeAll(keepingCapacity: true)
        room.empty()
    }

    /// Inserts `rows` rows whose values start at `values[first]`.
    private mutating func insert(rows: Int, from first: Int) throws {
        let statement = try statements[rows] ?? db.cachedStatement(sql: sqls[rows]!)
        statements[rows] = statement
        let handle = statement.sqliteStatement
        defer {
            // The statement is cached: no binding may outlive the room's text.
            _ = sqlite3_clear_bindings(handle)
        }
        for index in 0..<(rows * columns.count) {
            let code = bind(values[first + index], at: CInt(index + 1), handle)
            guard code == SQLITE_OK else {
                throw DatabaseError(resultCode: ResultCode(rawValue: code), message: "binding refused", sql: statement.sql)
            }
        }
        let code = sqlite3_step(handle)
        let reset = sqlite3_reset(handle)
        guard code == SQLITE_DONE else {
            throw DatabaseError(resultCode: ResultCode(rawValue: reset == SQLITE_OK ? code : reset),
                                message: String(cString: sqlite3_errmsg(sqlite3_db_handle(handle))), sql: statement.sql)
        }
    }

    private func bind(_ value: Value, at index: CInt, _ handle: SQLiteStatement) -> CInt {
        switch value {
        case let .integer(v): sqlite3_bind_int64(handle, index, v)
        case let .real(v): sqlite3_bind_double(handle, index, v)
        case let .text(text, count): sqlite3_bind_text(handle, index, text, count, nil)  // nil: SQLITE_STATIC, read in place
        case .null: sqlite3_bind_null(handle, index)
        }
    }
}
