import AtalayaStore
import GRDB
import NIOConcurrencyHelpers

/// A number that changes whenever anyone commits to the store — this server, `atalaya ingest`
/// beside it, any SQLite client — read from SQLite's `PRAGMA data_version` on a connection of
/// its own that never writes. Answers cached under one generation are stale under the next.
///
/// ```swift
/// let generation = try StoreGeneration(path: "events.sqlite")
/// let g = try generation.current()   // the same until the next commit
/// ```
final class StoreGeneration: Sendable {
    /// One reader: `data_version` is per connection, so every look must be on the same one.
    private let connection: any DatabaseReader
    private let state = NIOLockedValueBox((dataVersion: Int?.none, generation: 0))

    init(path: String) throws {
        connection = try EventStore.readOnly(path, readers: 1)
    }

    /// The current generation (a cheap pragma, no table read).
    func current() throws -> Int {
        let version = try connection.read { try Int.fetchOne($0, sql: "PRAGMA data_version") }
        return state.withLockedValue { s in
            if s.dataVersion != version {
                s.dataVersion = version
                s.generation += 1
            }
            return s.generation
        }
    }
}
