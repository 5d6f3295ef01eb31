import Hummingbird
import NIOConcurrencyHelpers
import NIOPosix

/// Where handlers run what blocks a thread — SQLite reads and writes, coding — so that a slow
/// query never holds the threads that read requests and write responses: on NIO's thread pool
/// (one thread per core), a request whose client has gone is dropped before it starts, and past
/// `limit` requests waiting the server answers 503 at once rather than queueing without bound.
///
/// ```swift
/// let work = BlockingWork(limit: 4096)
/// let rows = try await work.run { try store.reading { db in try Row.fetchAll(db, sql: "SELECT 1") } }
/// ```
struct BlockingWork: Sendable {
    let pool: NIOThreadPool
    /// Requests waiting or running at most; more answer 503 Service Unavailable.
    let limit: Int
    private let pending = NIOLockedValueBox(0)

    init(pool: NIOThreadPool = .singleton, limit: Int) {
        self.pool = pool
        self.limit = limit
    }

    /// Runs `body` on the pool; 503 when `limit` requests wait already.
    func run<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
        let admitted = pending.withLockedValue { n in
            guard n < limit else { return false }
            n += 1
            return true
        }
        guard admitted else {
            throw APIError(.serviceUnavailable, "the server is busy (\(limit) requests waiting): try again shortly")
        }
        defer { pending.withLockedValue { $0 -= 1 } }
        return try await pool.runIfActive(body)
    }
}
