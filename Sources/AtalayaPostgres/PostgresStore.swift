import Atalaya
import AtalayaStore
import GRDB
import NIOConcurrencyHelpers
import NIOCore
import PostgresNIO

/// The event store in PostgreSQL, for a team: several `atalaya ingest` workers (on one machine
/// or several) write to it at once, and everyone queries it. The same commands and queries as
/// the SQLite store (`EventStorage`); the tables of `PostgresSchema`.
///
/// Workers share the input without coding a document twice: a worker claims a document with a
/// PostgreSQL advisory lock on its key before coding it, and releases the claim once its batch
/// is committed. A worker that dies loses its connection and with it its claims; its uncommitted
/// batch is rolled back, so a rerun (or another worker reading the same input) codes those
/// documents, once. Counts of events stay exact under concurrency: each batch upserts its events
/// in one transaction, in key order (so two workers never wait for each other in a cycle).
///
/// ```swift
/// let store = try PostgresStore(url: "postgres://atalaya@127.0.0.1:5432/news", cameo: lexicon.cameo)
/// try store.write([.coded(doc, origin: "news.jsonl:3", explicitID: true)])
/// var q = EventQuery(); q.actor = "RUS"
/// let events = try store.events(q)
/// ```
public final class PostgresStore: EventStorage {
    public let cameo: CameoTable
    public let location: String
    let session: PostgresSession
    /// The connection that holds this process's claims (advisory locks live as long as their connection).
    private let claims = NIOLockedValueBox<PostgresConnection?>(nil)
    let partitions: PostgresPartitions

    /// Connects; `.write` creates the tables when missing, `.read` refuses a database without them.
    public init(url: String, cameo: CameoTable, access: EventStore.Access = .write) throws {
        let address: PostgresURL
        do { address = try PostgresURL(url) } catch { throw StoreError.cannotOpen(path: url.prefix(200).description, reason: "\(error)") }
        self.cameo = cameo
        location = address.display
        session = PostgresSession(address)
        partitions = PostgresPartitions()
        do {
            try session.withConnection { try PostgresMigrator.migrate(session, $0, create: access == .write, location: location) }
        } catch let error as PostgresFailure {
            throw StoreError.cannotOpen(path: location, reason: error.message)
        }
    }

    deinit {
        if let connection = claims.withLockedValue({ $0 }) { try? (connection.close() as EventLoopFuture<Void>).wait() }
    }

    /// Runs `body`, with PostgreSQL's errors as `StoreError.failed`, one line each.
    func reporting<T>(_ body: () throws -> T) throws -> T {
        do { return try body() } catch let error as PostgresFailure {
            throw StoreError.failed(path: location, reason: error.message)
        }
    }

    public func claim(id: String?, content: String) throws -> Claim {
        try claim(DocumentKey(id: id, content: content))
    }

    public func claim(_ key: DocumentKey) throws -> Claim {
        // Lock first, then look: a document stored by a worker that has just let go is seen as stored.
        let sql = """
            SELECT CASE WHEN NOT pg_try_advisory_lock(?) THEN 'busy'
                WHEN EXISTS (SELECT 1 FROM documents WHERE doc_id = ? OR (? = 1 AND content_hash = ?)) AND pg_advisory_unlock(?)
                THEN 'stored' ELSE 'claimed' END AS state
            """
        let lock = Self.lockKey(key.docID)
        let state: String? = try reporting {
            try onClaims { try session.rows(sql, [lock, key.docID, key.byContent, key.hash, lock], on: $0).first?["state"] }
        }
        switch state {
        case "stored": return .stored
        case "busy": return .busy
        default: return .claimed
        }
    }

    public func release(_ keys: [String]) throws {
        guard !keys.isEmpty else { return }
        let locks = keys.map { String(Self.lockKey($0)) }.joined(separator: ",")
        try reporting { try onClaims { try session.execute("SELECT pg_advisory_unlock(k) FROM unnest(ARRAY[\(locks)]::bigint[]) k", on: $0) } }
    }

    /// Runs `body` on the claims' connection, opened on first use.
    private func onClaims<T>(_ body: (PostgresConnection) throws -> T) throws -> T {
        let connection = try claims.withLockedValue { c in
            if let c, !c.isClosed { return c }
            c = try session.connect()
            return c!
        }
        return try body(connection)
    }

    /// A document key's advisory lock: 64 bits of FNV-1a (a collision only makes a worker skip a document another one codes).
    static func lockKey(_ key: String) -> Int64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in key.utf8 { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
        return Int64(bitPattern: h)
    }

    @discardableResult
    public func write(_ items: [StoreItem]) throws -> StoreOutcome {
        try reporting {
            try partitions.ensure(PostgresBatch.months(items), session)
            var attempt = 0
            while true {
                do {
                    return try session.transaction { try PostgresBatch(store: self, connection: $0).write(items) }
                } catch let error as PostgresFailure where error.isTransient && attempt < 5 {
                    attempt += 1  // a deadlock or serialization failure: the batch was rolled back, so run it again
                }
            }
        }
    }

    public func events(_ query: EventQuery) throws -> [StoredEvent] {
        let (sql, args) = query.sql(.postgres)
        do {
            return try session.withConnection { try session.postgresRows(sql, args, on: $0) }.map(Self.event)
        } catch let error as PostgresFailure where query.search != nil && error.state?.hasPrefix("42") == true {
            throw StoreError.badQuery("--search \"\(query.search!.prefix(80))\": \(error.message)")
        } catch let error as PostgresFailure {
            throw StoreError.failed(path: location, reason: error.message)
        }
    }

    /// A row of `events` as a stored event.
    static func event(_ row: PostgresRow) throws -> StoredEvent {
        let r = row.makeRandomAccess()
        return StoredEvent(id: try r["id"].decode(Int64.self), date: try r["date"].decode(String.self),
                           source: try r["source"].decode(String.self), target: try r["target"].decode(String.self),
                           code: try r["code"].decode(String.self), root: try r["root"].decode(String.self),
                           quad: try r["quad"].decode(Int.self), goldstein: try r["goldstein"].decode(Double.self),
                           numMentions: try r["num_mentions"].decode(Int.self), numSentences: try r["num_sentences"].decode(Int.self),
                           numDocuments: try r["num_documents"].decode(Int.self),
                           firstDocumentId: try r["first_document_id"].decode(Int64?.self))
    }

    public func firstMentions(of events: [StoredEvent]) throws -> [Int64: EventMention] {
        var out = [Int64: EventMention]()
        try reporting {
            try session.withConnection { connection in
                for start in stride(from: 0, to: events.count, by: 500) {
                    let chunk = Array(events[start..<min(start + 500, events.count)])
                    for row in try session.rows(EventMention.firstSQL(chunk), on: connection) {
                        let m = EventMention(row: row)
                        out[m.eventId] = m
                    }
                }
            }
        }
        return out
    }
}

extension PostgresStore {
    public var dialect: SQLDialect { .postgres }
    public var keepsSummaries: Bool { false }

    public func rows(_ sql: String, _ arguments: [(any DatabaseValueConvertible)?]) throws -> [Row] {
        try reporting { try session.withConnection { try session.rows(sql, arguments, on: $0) } }
    }

    @discardableResult
    public func add(_ review: Review) throws -> Review {
        try reporting {
            try session.transaction { c in try Review.record(review) { sql, args in try session.rows(sql, args, on: c) } }
        }
    }

    public func reviews(docId: String? = nil) throws -> [Review] {
        let (sql, args) = Review.listing(docId: docId)
        return try rows(sql, args).map { try Review(row: $0) }
    }
}
