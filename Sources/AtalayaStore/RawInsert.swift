import GRDB
import GRDBSQLite

/// A cached insert whose values are bound straight to SQLite, for the rows ingest writes by the
/// ten thousand: GRDB's `execute(arguments:)` boxes every value in a `DatabaseValue` array and
/// validates it, which cost more than SQLite's insert itself. Text is bound as GRDB binds it (up
/// to a NUL, if any), but from a copy in `TextRoom` that SQLite reads in place: bound as
/// `SQLITE_TRANSIENT`, each value cost SQLite a malloc, a copy and a free.
///
/// ```swift
/// var insert = try RawInsert(db, sql: "INSERT INTO t (a, b) VALUES (?, ?)")
/// insert.bind(1); insert.bind("x")
/// try insert.run()
/// ```
struct RawInsert {
    private let statement: Statement
    private var index: CInt = 0
    /// The first binding SQLite refused, reported by `run`.
    private var bindError: CInt = SQLITE_OK
    /// The text bound to the row being made, until it is inserted.
    private let room = TextRoom()

    init(_ db: Database, sql: String) throws {
        statement = try db.cachedStatement(sql: sql)
    }

    private var handle: SQLiteStatement { statement.sqliteStatement }

    private mutating func check(_ code: CInt) {
        if code != SQLITE_OK && bindError == SQLITE_OK { bindError = code }
    }

    mutating func bind(_ value: Int64) {
        index += 1
        check(sqlite3_bind_int64(handle, index, value))
    }

    mutating func bind(_ value: Int) { bind(Int64(value)) }

    mutating func bind(_ value: Int?) {
        if let value { bind(value) } else { bindNull() }
    }

    mutating func bind(_ value: Double?) {
        index += 1
        check(value.map { sqlite3_bind_double(handle, index, $0) } ?? sqlite3_bind_null(handle, index))
    }

    mutating func bind(_ value: String?) {
        guard var value else { return bindNull() }
        index += 1
        let (text, count) = value.withUTF8 { room.copy(UnsafeRawBufferPointer($0)) }
        check(sqlite3_bind_text(handle, index, text, count, nil))  // nil: SQLITE_STATIC, read in place
    }

    private mutating func bindNull() {
        index += 1
        check(sqlite3_bind_null(handle, index))
    }

    /// Inserts the row bound, and readies the statement for the next.
    mutating func run() throws {
        defer {
            // The statement is cached: no binding may outlive the room's text.
            _ = sqlite3_clear_bindings(handle)
            room.empty()
            index = 0
            bindError = SQLITE_OK
        }
        guard bindError == SQLITE_OK, index == sqlite3_bind_parameter_count(handle) else {
            _ = sqlite3_reset(handle)
            throw DatabaseError(resultCode: ResultCode(rawValue: bindError == SQLITE_OK ? SQLITE_RANGE : bindError),
                                message: "wrong bindings (\(index) values)", sql: statement.sql)
        }
        let code = sqlite3_step(handle)
        let reset = sqlite3_reset(handle)
        guard code == SQLITE_DONE else {
            throw DatabaseError(resultCode: ResultCode(rawValue: reset == SQLITE_OK ? code : reset),
                                message: String(cString: sqlite3_errmsg(sqlite3_db_handle(handle))), sql: statement.sql)
        }
    }
}
