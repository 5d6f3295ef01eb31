import Atalaya
@testable import AtalayaPostgres
import AtalayaStore
import Foundation
import GRDB
import XCTest

/// The PostgreSQL store against the SQLite one: the same documents in, the same answers out.
final class PostgresStoreTests: PostgresTestCase {
    /// Documents written for these tests: an event reported by several documents and days, an
    /// English one, one without an id, a failure.
    static let batches: [[StoreItem]] = [
        [item("p1", "2023-09-13", "Kim Jong-un y Putin se reunieron en Vladivostok. Rusia impuso sanciones a Ucrania."),
         item("p2", "2023-09-13", "Kim Jong-un y Putin se reunieron ayer. Otra vez, Kim Jong-un y Putin se reunieron en Moscú."),
         .coded(Shared.coder.code(id: "x", date: Day(parsing: "2023-10-02")!, text: "La policía colombiana detuvo a tres guerrilleros del ELN en Cali."),
                origin: "t.jsonl:3", explicitID: false),
         .failed(id: nil, content: "t.jsonl:4", origin: "t.jsonl:4", error: "not JSON")],
        [item("p3", "2023-09-14", "Rusia impuso sanciones a Ucrania. El gobierno de Francia condenó a Rusia."),
         // The same text without an id, in the same batch: stored already, as p3.
         .coded(Shared.coder.code(id: "y", date: Day(parsing: "2023-09-14")!, text: "Rusia impuso sanciones a Ucrania. El gobierno de Francia condenó a Rusia."),
                origin: "t.jsonl:9", explicitID: false),
         item("p1", "2023-09-13", "Kim Jong-un y Putin se reunieron en Vladivostok."),  // stored before: skipped
         item("p4", "2023-12-31", "Estados Unidos expresó preocupación por la reunión entre Corea del Norte y Rusia."),
         // Text COPY must escape: a backslash, a tab and a line break inside a quotation.
         item("p5", "2023-12-31", "Putin dijo: \"No cederemos\\ nunca\tante\nnadie\". Rusia condenó a Ucrania.")],
    ]

    func stores() throws -> (sqlite: EventStore, postgres: PostgresStore) {
        let sqlite = try EventStore(path: dir.appendingPathComponent("t.db").path, cameo: Shared.lexicon.cameo)
        let postgres = try PostgresStore(url: url, cameo: Shared.lexicon.cameo)
        for batch in Self.batches {
            let a = try sqlite.write(batch), b = try postgres.write(batch)
            XCTAssertEqual([a.stored, a.skipped, a.failed, a.events, a.mentions], [b.stored, b.skipped, b.failed, b.events, b.mentions])
        }
        return (sqlite, postgres)
    }

    /// An event as both stores should give it (ids differ between databases).
    func fields(_ e: StoredEvent) -> String {
        "\(e.date) \(e.source) \(e.target) \(e.code) \(e.root) q\(e.quad) g\(e.goldstein) m\(e.numMentions) s\(e.numSentences) d\(e.numDocuments)"
    }

    func mentionFields(_ m: EventMention?) -> String {
        guard let m else { return "none" }
        return "\(m.docId) \(m.sentence) \(m.sourceText)[\(m.sourceStart),\(m.sourceEnd)] \(m.targetText ?? "-") \(m.evidence)"
            + "[\(m.evidenceStart),\(m.evidenceEnd)] \(m.pattern) \(m.locationName ?? "-") \(m.locationCountry ?? "-")"
    }

    func testSameAnswersAsSQLite() throws {
        let (sqlite, postgres) = try stores()
        var queries = [EventQuery()]
        func add(_ change: (inout EventQuery) -> Void) { var q = EventQuery(); change(&q); queries.append(q) }
        add { $0.actor = "RUS" }
        add { $0.actor = "RUS"; $0.limit = 2 }
        add { $0.actor = "Putin" }
        add { $0.actor = "putin" }  // a name in the text, in any case
        add { $0.source = "PRK"; $0.target = "RUSGOV" }
        add { $0.code = "04" }
        add { $0.code = "163" }
        add { $0.quad = 4; $0.sort = .mentions; $0.descending = false }
        add { $0.from = Day(parsing: "2023-09-14"); $0.to = Day(parsing: "2023-12-31") }
        add { $0.country = "RUS" }
        add { $0.search = "Vladivostok" }
        add { $0.search = "\"impuso sanciones\"" }
        add { $0.sort = .code; $0.limit = 3; $0.offset = 1 }
        XCTAssertGreaterThan(try sqlite.events(EventQuery()).count, 5)
        for q in queries {
            let a = try sqlite.events(q), b = try postgres.events(q)
            XCTAssertEqual(a.map(fields), b.map(fields), "\(q)")
            let ma = try sqlite.firstMentions(of: a), mb = try postgres.firstMentions(of: b)
            XCTAssertEqual(a.map { mentionFields(ma[$0.id]) }, b.map { mentionFields(mb[$0.id]) }, "\(q)")
        }
        XCTAssertEqual(try StoreStats(sqlite, top: 5).text, try StoreStats(postgres, top: 5).text)
        for sql in ["SELECT text, speaker_code, start FROM quotes ORDER BY id", "SELECT code, text, start, kind FROM actor_mentions ORDER BY id",
                    "SELECT name, country, lat FROM places ORDER BY id"] {
            func cells(_ row: Row) -> String { row.columnNames.sorted().map { "\($0)=\(row[$0] as DatabaseValue)" }.joined(separator: " ") }
            let a = try sqlite.rows(sql, []).map(cells), b = try postgres.rows(sql, []).map(cells)
            XCTAssertEqual(a, b, sql)
            XCTAssertFalse(a.isEmpty, sql)
        }
    }

    func testEventsArePartitionedByMonth() throws {
        _ = try stores()
        XCTAssertEqual(try count("""
            SELECT COUNT(*) AS n FROM pg_inherits WHERE inhparent = 'events'::regclass
            """), 3)  // 2023-09, 2023-10, 2023-12
        XCTAssertEqual(try count("SELECT COUNT(*) AS n FROM events_2023_12"), try count("SELECT COUNT(*) AS n FROM events WHERE date LIKE '2023-12-%'"))
    }

    func testSearchFindsStemsAndFoldsAccents() throws {
        let (_, postgres) = try stores()
        var q = EventQuery()
        q.search = "reunion"  // "reunieron", "reunión": one Spanish stem, the accent folded
        XCTAssertFalse(try postgres.events(q).isEmpty)
        q.search = "Vladivostok & !Moscú"
        q.rawSearch = true
        XCTAssertFalse(try postgres.events(q).isEmpty)
        q.search = "sanciones & ("
        XCTAssertThrowsError(try postgres.events(q)) { error in
            XCTAssertTrue("\(error)".hasPrefix("--search"), "\(error)")
        }
    }

    func testClaimsKeepTwoWorkersOffOneDocument() throws {
        let a = try PostgresStore(url: url, cameo: Shared.lexicon.cameo)
        var b: PostgresStore? = try PostgresStore(url: url, cameo: Shared.lexicon.cameo)
        XCTAssertEqual(try b!.claim(id: "d", content: "x"), .claimed)
        XCTAssertEqual(try a.claim(id: "d", content: "x"), .busy)
        b = nil  // a worker that ends (or dies) lets go of its claims with its connection
        var state = Claim.busy
        for _ in 0..<50 where state == .busy {
            state = try a.claim(id: "d", content: "x")
            if state == .busy { usleep(20_000) }
        }
        XCTAssertEqual(state, .claimed)
        try a.write([Self.item("d", "2023-09-13", "Rusia impuso sanciones a Ucrania.")])
        try a.release([DocumentKey(id: "d", content: "x").docID])
        let c = try PostgresStore(url: url, cameo: Shared.lexicon.cameo)
        XCTAssertEqual(try c.claim(id: "d", content: "x"), .stored)
        XCTAssertEqual(try c.claim(id: "e", content: "y"), .claimed)
    }

    func testReadingRefusesAMissingStoreAndAForeignDatabase() throws {
        XCTAssertThrowsError(try PostgresStore(url: url, cameo: Shared.lexicon.cameo, access: .read)) { error in
            XCTAssertTrue("\(error)".contains("no such store"), "\(error)")
        }
        try Self.admin(url, "CREATE TABLE documents (x INTEGER)")
        XCTAssertThrowsError(try PostgresStore(url: url, cameo: Shared.lexicon.cameo)) { error in
            XCTAssertTrue("\(error)".contains("not an Atalaya store"), "\(error)")
        }
        XCTAssertEqual(try count("SELECT COUNT(*) AS n FROM pg_tables WHERE tablename = 'atalaya_migrations'"), 0)
    }

    func testReviewsMakeTheSameGoldAsOnSQLite() throws {
        let (sqlite, postgres) = try stores()
        for store in [sqlite, postgres] as [any EventStorage] {
            var q = EventQuery()
            q.code = "163"
            q.sort = .date
            q.descending = false
            let event = try XCTUnwrap(store.events(q).first)
            try store.add(Review(docId: "p1", sentence: 0, eventId: event.id, verdict: .corrected, code: "172", source: "", target: "",
                                 reviewer: "ana"))
            try store.add(Review(docId: "p1", sentence: 1, eventId: nil, verdict: .added, code: "036", source: "RUS", target: "UKR",
                                 reviewer: "luis"))
            XCTAssertThrowsError(try store.add(Review(docId: "nope", sentence: 1, eventId: nil, verdict: .added, code: "036",
                                                      source: "RUS", target: "UKR", reviewer: "luis")))
            XCTAssertEqual(try store.reviews(docId: "p1").count, 2)
        }
        let gold = try GoldExport.lines(sqlite)
        XCTAssertEqual(gold.count, 1)
        XCTAssertTrue(gold[0].contains("\"code\":\"172\""), gold[0])
        XCTAssertEqual(gold, try GoldExport.lines(postgres))
    }
}
