import AtalayaStore
import GRDB
import NIOConcurrencyHelpers

/// A number that changes whenever anyone commits to the store — this server, `atalaya ingest`
/// beside it, any SQLite client — read from SQLite's `PRAGMA data_version` on a connection of
/// its own that never writes; in PostgreSQL, from the sequences of documents and reviews (every
/// ingest and review takes a number from one). Answers cached under one generation are stale under the next.
///
/// ```swift
/// let generation = try StoreGeneration(store)
/// let g = try generation.current()   // the same until the next commit
/// ```
final class StoreGeneration: Sendable {
    /// One reader: `data_version` is per connection, so every look must be on the same one.
    private let connection: (any DatabaseReader)?
    private let store: any EventStorage
    private let state = NIOLockedValueBox((dataVersion: Int?.none, generation: 0))

    init(_ store: any EventStorage) throws {
        self.store = store
        connection = try (store as? EventStore).map { try EventStore.readOnly($0.path, readers: 1) }
    }

    /// The current generation (a cheap pragma, no table read).
    func current() throws -> Int {
        let version: Int? = try connection.map { c in try c.read { try Int.fetchOne($0, sql: "PRAGMA data_version") } }
            ?? store.rows("SELECT (SELECT last_value FROM documents_id_seq) + (SELECT last_value FROM reviews_id_seq) AS n", []).first?["n"]
        return state.withLockedValue { s in
            if s.dataVersion != version {
                s.dataVersion = version
                s.generation += 1
            }
            return s.generation
        }
    }
}
