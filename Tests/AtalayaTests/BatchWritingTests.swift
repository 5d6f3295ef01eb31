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

    /// Empty text stays text (not NULL), a NUL ends it as it ended GRDB's C string, rows longer
    /// than the room's block are whole, and every row arrives, in order, whether it went in a
    /// statement of 64 rows or among the rest (165 rows: 64, 64, then 32, 4 and 1).
    func testRowsBoundInPlaceAreStoredAsGRDBStoredThem() throws {
        let queue = try DatabaseQueue(path: db)
        let long = String(repeating: "ñandú ", count: 5_000)
        let values = ["", "a\0b", long, "Kim Jong-un", long + "!", "é"]
        let rows: [[String?]] = (0..<165).map { n in
            [values[n % values.count], n.isMultiple(of: 7) ? nil : "\(n)", n.isMultiple(of: 5) ? long : "é"]
        }
        try queue.write { db in
            try db.execute(sql: """
                CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT, b TEXT, "end" TEXT);
                CREATE TABLE u (id INTEGER PRIMARY KEY, a TEXT, b TEXT, "end" TEXT);
                """)
            var insert = BulkInsert(db, table: "t", columns: ["a", "b", "end"])
            for row in rows {
                for v in row { insert.add(v) }
                try insert.endRow()
            }
            try insert.finish()
            for row in rows {
                try db.execute(sql: "INSERT INTO u (a, b, \"end\") VALUES (?, ?, ?)", arguments: StatementArguments(row))
            }
            let stored = try Row.fetchAll(db, sql: "SELECT a, b, \"end\", typeof(a) FROM t ORDER BY id")
            XCTAssertEqual(stored.count, 165)
            XCTAssertEqual(stored, try Row.fetchAll(db, sql: "SELECT a, b, \"end\", typeof(a) FROM u ORDER BY id"),
                           "bound in place as GRDB binds, in order")
            XCTAssertEqual(stored[0][0] as String?, "")
            XCTAssertEqual(stored[0][3] as String, "text")
            XCTAssertEqual(stored[1][0] as String?, "a")
            XCTAssertEqual(stored[2][0] as String?, long)
            XCTAssertNil(stored[7][1] as String?)
            // A row with a value missing is refused, not shifted into the next.
            insert.add("only one")
            XCTAssertThrowsError(try insert.endRow())
        }
    }

    /// Statements insert without undoing their own rows on failure (OR FAIL): a row refused in
    /// the middle of a statement still fails the write, and the transaction rolls back every row
    /// of the batch, those of earlier statements and those of the failing one before the refusal.
    func testARefusedRowFailsTheBatchAndLeavesNoneOfItsRows() throws {
        let queue = try DatabaseQueue(path: db)
        try queue.write { db in try db.execute(sql: "CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT NOT NULL)") }
        XCTAssertThrowsError(try queue.write { db in
            var insert = BulkInsert(db, table: "t", columns: ["a"])
            for n in 0..<100 {
                insert.add(n == 90 ? nil : "row \(n)")
                try insert.endRow()
            }
            try insert.finish()
        })
        XCTAssertEqual(try queue.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM t") }, 0)
    }

    /// Ingest writes 1,000 documents a transaction unless told otherwise (a batch's own costs).
    func testIngestBatchesAThousandDocumentsByDefault() throws {
        let store = try EventStore(path: db, cameo: Shared.lexicon.cameo)
        XCTAssertEqual(Ingester(coder: Shared.coder, store: store, defaultDate: Shared.day).batchSize, 1_000)
    }

    /// A wide table's statements stay within the 999 values an older SQLite takes, and every row
    /// still arrives.
    func testWideRowsStayWithinOlderSQLitesLimit() throws {
        let queue = try DatabaseQueue(path: db)
        let columns = (0..<20).map { "c\($0)" }
        try queue.write { db in
            try db.execute(sql: "CREATE TABLE w (id INTEGER PRIMARY KEY, " + columns.map { "\($0) INTEGER" }.joined(separator: ", ") + ")")
            var insert = BulkInsert(db, table: "w", columns: columns)
            XCTAssertEqual(insert.rowsPerStatement, 32)
            for n in 0..<70 {
                for c in 0..<20 { insert.add(n * 100 + c) }
                try insert.endRow()
            }
            try insert.finish()
            XCTAssertEqual(try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM w"), 70)
            XCTAssertEqual(try Int.fetchOne(db, sql: "SELECT c19 FROM w ORDER BY id DESC LIMIT 1"), 6919)
        }
    }

    /// A store whose full-text index kept column sizes (before v6) gets the index without them,
    /// rebuilt: what it held is found again, and what batches add after.
    func testOlderFullTextIndexIsRebuiltAndFindsEverySentence() throws {
        try EventStore(path: db, cameo: Shared.lexicon.cameo).write([Self.item("a", "2023-09-13", "Putin viajó a Vladivostok.")])
        try DatabaseQueue(path: db).write { db in
            try db.execute(sql: """
                DROP TABLE sentences_fts;
                CREATE VIRTUAL TABLE sentences_fts USING fts5(
                    text, content='sentences', content_rowid='id', tokenize='unicode61 remove_diacritics 2');
                INSERT INTO sentences_fts (sentences_fts) VALUES ('rebuild');
                DELETE FROM grdb_migrations WHERE identifier = 'v6-leaner-writes';
                CREATE INDEX events_date ON events(date);
                """)
        }
        let store = try EventStore(path: db, cameo: Shared.lexicon.cameo)
        try store.write([Self.item("b", "2023-09-14", "Francia condenó a Rusia en Bruselas.")])
        let (docsize, found) = try store.reading { db in
            (try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM sqlite_master WHERE name = 'sentences_fts_docsize'"),
             try String.fetchAll(db, sql: """
                SELECT text FROM sentences WHERE id IN (SELECT rowid FROM sentences_fts WHERE sentences_fts MATCH 'vladivostok OR bruselas')
                ORDER BY id
                """))
        }
        XCTAssertEqual(docsize, 0)
        XCTAssertEqual(found, ["Putin viajó a Vladivostok.", "Francia condenó a Rusia en Bruselas."])
    }
}
