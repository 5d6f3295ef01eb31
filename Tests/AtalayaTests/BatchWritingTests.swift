import Atalaya
@testable import AtalayaStore
import Foundation
import GRDB
import XCTest

/// What the faster batch writing must keep: rows that satisfy every foreign key (checked by
/// SQLite after the batch, as its own checks are off while it writes), the checks on again for
/// the connection's next statements, and text bound in place exactly as GRDB bound it.
final class BatchWritingTests: FolderTestCase {
    var db: String { dir.appendingPathComponent("b.db").path }

    func testBatchRowsKeepTheirForeignKeysAndTheChecksComeBack() throws {
        let store = try EventStore(path: db, cameo: Shared.lexicon.cameo)
        try store.write([
            Self.item("a", "2023-09-13", "Kim Jong-un y Putin se reunieron en Vladivostok. Rusia impuso sanciones a Ucrania."),
            .failed(id: "f", content: "x", origin: "n.jsonl:2", error: "not JSON"),
            Self.item("b", "2023-09-14", "La policía colombiana detuvo a tres guerrilleros del ELN en Cali, dijo el ministro."),
        ])
        try store.write([.finished(file: "n.jsonl", stillFailing: []), Self.item("c", "2023-09-14", "Francia condenó a Rusia.")])
        try store.database.write { db in
            XCTAssertEqual(try Row.fetchAll(db, sql: "PRAGMA foreign_key_check"), [], "every reference points to a row")
            XCTAssertEqual(try Int.fetchOne(db, sql: "PRAGMA foreign_keys"), 1, "the checks are on after a batch")
            XCTAssertGreaterThan(try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM event_mentions") ?? 0, 0)
            XCTAssertEqual(try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM documents WHERE status = 'failed'"), 0, "the stale failure went")
            // A document deleted later still takes its rows with it (ON DELETE CASCADE needs the checks on).
            try db.execute(sql: "DELETE FROM documents WHERE doc_id = 'a'")
            XCTAssertEqual(try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM sentences s JOIN documents d ON d.id = s.document_id"),
                           try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM sentences"))
        }
    }

    /// Empty text stays text (not NULL), a NUL ends it as it ended GRDB's C string, and rows
    /// longer than the room's block are whole.
    func testTextBoundInPlaceIsStoredAsGRDBStoredIt() throws {
        let queue = try DatabaseQueue(path: db)
        let long = String(repeating: "ñandú ", count: 5_000)
        let values = ["", "a\0b", long, "Kim Jong-un", long + "!", "é"]
        try queue.write { db in
            try db.execute(sql: "CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT, b TEXT, c TEXT)")
            var insert = try RawInsert(db, sql: "INSERT INTO t (a, b, c) VALUES (?, ?, ?)")
            for i in stride(from: 0, to: values.count, by: 3) {
                for v in values[i..<i + 3] { insert.bind(v) }
                try insert.run()
            }
            insert.bind(nil as String?); insert.bind("x"); insert.bind(long)
            try insert.run()
            for i in stride(from: 0, to: values.count, by: 3) {
                try db.execute(sql: "INSERT INTO t (a, b, c) VALUES (?, ?, ?)", arguments: StatementArguments(values[i..<i + 3].map { $0 }))
            }
            try db.execute(sql: "INSERT INTO t (a, b, c) VALUES (?, ?, ?)", arguments: [nil as String?, "x", long])
            let rows = try Row.fetchAll(db, sql: "SELECT a, b, c, typeof(a) FROM t ORDER BY id")
            XCTAssertEqual(rows.count, 6)
            XCTAssertEqual(Array(rows[0..<3]), Array(rows[3..<6]), "bound in place as GRDB binds")
            XCTAssertEqual(rows[0][0] as String?, "")
            XCTAssertEqual(rows[0][3] as String, "text")
            XCTAssertEqual(rows[0][1] as String?, "a")
            XCTAssertEqual(rows[0][2] as String?, long)
            XCTAssertEqual(rows[2][3] as String, "null")
        }
    }
}
