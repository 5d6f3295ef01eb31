import AtalayaStore
import Foundation
import GRDB
import XCTest

/// The indexes that lead with one actor or a root hold the other side's country or the root
/// too, in a new store and in one made before (migration v7), so that a query on both checks
/// the second in the index.
final class StoreIndexTests: FolderTestCase {
    var db: String { dir.appendingPathComponent("i.db").path }

    static let expected = [
        "events_source": ["source", "date", "target_root"], "events_target": ["target", "date", "source_root"],
        "events_source_root": ["source_root", "date", "root"], "events_target_root": ["target_root", "date", "root"],
        "events_root": ["root", "date", "source_root", "target_root"],
    ]

    func columns(_ store: EventStore) throws -> [String: [String]] {
        try store.reading { db in
            try Dictionary(uniqueKeysWithValues: Self.expected.keys.map { name in
                (name, try String.fetchAll(db, sql: "SELECT name FROM pragma_index_info(?) ORDER BY seqno", arguments: [name]))
            })
        }
    }

    func testNewAndOlderStoresHaveTheWiderIndexes() throws {
        let store = try EventStore(path: db, cameo: Shared.lexicon.cameo)
        try store.write([Self.item("a", "2023-09-13", "Francia condenó a Rusia por el ataque.")])
        XCTAssertEqual(try columns(store), Self.expected)
        let events = try store.events(EventQuery()).count
        XCTAssertGreaterThan(events, 0)
        try DatabaseQueue(path: db).write { db in
            try db.execute(sql: """
                DROP INDEX events_source; CREATE INDEX events_source ON events(source, date);
                DROP INDEX events_root; CREATE INDEX events_root ON events(root, date);
                DELETE FROM grdb_migrations WHERE identifier = 'v7-wider-indexes';
                """)
        }
        let migrated = try EventStore(path: db, cameo: Shared.lexicon.cameo)
        XCTAssertEqual(try columns(migrated), Self.expected)
        XCTAssertEqual(try migrated.events(EventQuery()).count, events)
    }
}
