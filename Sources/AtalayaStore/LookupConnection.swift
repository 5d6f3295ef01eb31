import Foundation
import GRDB

/// A read-only connection of its own for the lookups ingest makes once per document read
/// (`EventStore.contains`): through the pool, checking a reader out (a barrier on the pool's lock,
/// a hop to the reader's queue) cost twice the query itself. Opened on first use; one lookup at
/// a time.
///
/// ```swift
/// let lookups = LookupConnection(path: "atalaya.db")
/// let stored = try lookups.read { try Bool.fetchOne($0, sql: "SELECT 1 FROM documents WHERE doc_id = 'a'") }
/// ```
final class LookupConnection: @unchecked Sendable {
    // `@unchecked`: `queue` is only read or written while `lock` is held.
    private let path: String
    private let lock = NSLock()
    private var queue: DatabaseQueue?

    init(path: String) { self.path = path }

    /// Runs `body` on the connection, outside a transaction (a single SELECT reads a consistent
    /// state on its own).
    func read<T>(_ body: (Database) throws -> T) throws -> T {
        lock.lock()
        defer { lock.unlock() }
        if queue == nil {
            var config = Configuration()
            config.readonly = true
            config.busyMode = .timeout(EventStore.busyTimeout)
            queue = try DatabaseQueue(path: path, configuration: config)
        }
        return try queue!.inDatabase(body)
    }
}
