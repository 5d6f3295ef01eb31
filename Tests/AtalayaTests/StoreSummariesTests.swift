import Atalaya
import AtalayaStore
import Foundation
import GRDB
import XCTest

/// The counts the triggers keep (`event_days`, `event_dyads`, `event_actors`, `event_places`)
/// always equal the same counts computed from the events, whatever wrote them.
final class StoreSummariesTests: FolderTestCase {
    var db: String { dir.appendingPathComponent("s.db").path }

    static let recomputed = [
        "days": "SELECT date, root, quad, COUNT(*), ROUND(SUM(goldstein), 6) FROM events GROUP BY 1, 2, 3 ORDER BY 1, 2, 3",
        "dyads": "SELECT source, target, COUNT(*), ROUND(SUM(goldstein), 6) FROM events WHERE target != '' GROUP BY 1, 2 ORDER BY 1, 2",
        "actors": """
            SELECT actor, COUNT(*) FROM (SELECT source AS actor, id FROM events UNION SELECT target, id FROM events WHERE target != '')
            GROUP BY 1 ORDER BY 1
            """,
        "places": """
            SELECT name, country, lat, lon, COUNT(*) FROM (SELECT DISTINCT event_id, coalesce(location_name, '') AS name,
              coalesce(location_country, '') AS country, location_lat AS lat, location_lon AS lon FROM event_mentions
              WHERE location_lat IS NOT NULL AND location_lon IS NOT NULL) GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
            """,
    ]
    static let kept = [
        "days": "SELECT date, root, quad, events, ROUND(goldstein, 6) FROM event_days WHERE events != 0 ORDER BY 1, 2, 3",
        "dyads": "SELECT source, target, events, ROUND(goldstein, 6) FROM event_dyads WHERE events != 0 ORDER BY 1, 2",
        "actors": "SELECT actor, events FROM event_actors WHERE events != 0 ORDER BY 1",
        "places": "SELECT name, country, lat, lon, events FROM event_places WHERE events != 0 ORDER BY 1, 2, 3, 4",
    ]

    func assertSummariesMatch(_ store: EventStore, _ message: String, file: StaticString = #filePath, line: UInt = #line) throws {
        try store.reading { db in
            for (name, sql) in Self.recomputed {
                let values = { (row: Row) in row.databaseValues.map(\.description).joined(separator: " ") }
                let expected = try Row.fetchAll(db, sql: sql).map(values)
                let actual = try Row.fetchAll(db, sql: Self.kept[name]!).map(values)
                XCTAssertEqual(actual, expected, "\(name) \(message)", file: file, line: line)
                if name == "days" { XCTAssertFalse(expected.isEmpty, message, file: file, line: line) }
            }
        }
    }


    func testTriggersKeepTheCountsThroughIngestRepeatsAndDeletes() throws {
        let store = try EventStore(path: db, cameo: Shared.lexicon.cameo)
        try store.write([
            Self.item("a", "2023-09-13", "Kim Jong-un y Putin se reunieron en Vladivostok. Rusia impuso sanciones a Ucrania."),
            Self.item("b", "2023-09-14", "La policía colombiana detuvo a tres guerrilleros del ELN en Cali."),
        ])
        try assertSummariesMatch(store, "after the first batch")
        // The same events again (counts of existing rows go up, no new rows), and one new.
        try store.write([
            Self.item("c", "2023-09-13", "Kim Jong-un y Putin se reunieron en Vladivostok. Francia condenó a Rusia por el ataque en Kiev."),
        ])
        try assertSummariesMatch(store, "after a batch repeating events")
        // Rows changed by hand (an analyst's SQL): deleted, and moved to another date and code.
        try store.database.write { db in
            try db.execute(sql: "DELETE FROM events WHERE id = (SELECT MIN(id) FROM events)")
            try db.execute(sql: "UPDATE events SET date = '2023-10-01', code = '190', root = '19', quad = 4, goldstein = -10 WHERE id = (SELECT MAX(id) FROM events)")
            // An insert by hand is counted too.
            try db.execute(sql: """
                INSERT INTO events (date, source, target, code, root, quad, goldstein, source_root, target_root)
                VALUES ('2023-10-02', 'FRA', 'RUS', '111', '11', 3, -2, 'FRA', 'RUS')
                """)
        }
        try assertSummariesMatch(store, "after a delete, an update and an insert by hand")
        let stats = try StoreStats(store)
        let events = try store.reading { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM events") }
        XCTAssertEqual(stats.events, events)
    }

    /// A batch counts its places itself: an event once per place, whether the place was reported
    /// before in the batch, in an earlier batch, or not at all.
    func testBatchesCountEachEventOncePerPlace() throws {
        let store = try EventStore(path: db, cameo: Shared.lexicon.cameo)
        let meeting = "Kim Jong-un y Putin se reunieron en Vladivostok."
        try store.write([
            Self.item("a", "2023-09-13", "\(meeting) Kim Jong-un y Putin se reunieron otra vez en Vladivostok."),
            Self.item("b", "2023-09-13", meeting),
            Self.item("c", "2023-09-13", "Kim Jong-un y Putin se reunieron en Moscú."),
        ])
        try assertSummariesMatch(store, "after a batch reporting one event at two places")
        try store.write([
            Self.item("d", "2023-09-13", meeting),
            Self.item("e", "2023-09-13", "Kim Jong-un y Putin se reunieron en Pekín."),
        ])
        try assertSummariesMatch(store, "after a batch reporting the stored event at an old and a new place")
        let places = try store.reading {
            try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM event_places WHERE events > 0")
        }
        XCTAssertEqual(places, 3)
        let failing = StoreItem.failed(id: "f", content: "x", origin: "t", error: "bad")
        try store.write([failing, Self.item("g", "2023-09-13", "Kim Jong-un y Putin se reunieron en Seúl.")])
        try assertSummariesMatch(store, "after a batch with a failed document")
        let triggers = try store.reading { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM sqlite_master WHERE type = 'trigger'") }
        XCTAssertEqual(triggers, 5, "the insert triggers are back after each batch")
    }

    /// An event found again in a later batch is the stored row, counted again, also when it has
    /// no target (its empty text is looked up as empty, not NULL).
    func testLaterBatchFindsStoredEventsWithAndWithoutTarget() throws {
        let store = try EventStore(path: db, cameo: Shared.lexicon.cameo)
        let text = "Francia condenó el ataque. Francia condenó a Rusia por el ataque."
        try store.write([Self.item("a", "2023-09-13", text)])
        try store.write([Self.item("b", "2023-09-13", text)])
        let rows = try store.reading { db in
            try Row.fetchAll(db, sql: "SELECT source, code, target, num_documents FROM events ORDER BY id")
                .map { "\($0[0] as String) \($0[1] as String) \($0[2] as String) \($0[3] as Int)" }
        }
        XCTAssertEqual(rows, ["FRA 111  2", "FRA 111 RUS 2"])
        try assertSummariesMatch(store, "after two batches of the same events")
    }

    /// The synthetic store of `atalaya bench --store` loads without triggers, then counts afresh.
    func testSyntheticStoreHasItsCounts() throws {
        let store = try EventStore(path: db, cameo: Shared.lexicon.cameo)
        try StoreBenchmark.fillSynthetic(store, count: 2000, cameo: Shared.lexicon.cameo)
        try assertSummariesMatch(store, "after the synthetic load")
        let (mentions, triggers) = try store.reading { db in
            (try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM event_mentions WHERE location_lat IS NOT NULL"),
             try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM sqlite_master WHERE type = 'trigger'"))
        }
        XCTAssertGreaterThan(mentions ?? 0, 1900)
        XCTAssertEqual(triggers, 5, "the triggers are back after the load")
    }

    /// A store made before the summaries gets them, counted, when a newer atalaya opens it.
    func testOlderStoreIsCountedWhenMigrated() throws {
        try EventStore(path: db, cameo: Shared.lexicon.cameo).write([Self.item("a", "2023-09-13", "Francia condenó a Rusia por el ataque.")])
        try DatabaseQueue(path: db).write { db in
            try db.execute(sql: """
                DROP TABLE event_days; DROP TABLE event_dyads; DROP TABLE event_actors; DROP TABLE event_places;
                DROP INDEX events_dyad; DELETE FROM grdb_migrations WHERE identifier = 'v4-summaries';
                DROP TRIGGER events_summaries_insert; DROP TRIGGER events_summaries_delete; DROP TRIGGER events_summaries_update;
                DROP TRIGGER event_mentions_places_insert; DROP TRIGGER event_mentions_places_delete
                """)
        }
        try assertSummariesMatch(try EventStore(path: db, cameo: Shared.lexicon.cameo), "after the migration")
    }
}
