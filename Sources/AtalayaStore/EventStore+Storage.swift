import Atalaya
import GRDB

/// The SQLite store's side of `EventStorage`. One process writes at a time (SQLite's lock), so
/// a claim is only "stored or not".
extension EventStore: EventStorage {
    public var location: String { path }

    public func claim(id: String?, content: String) throws -> Claim {
        try claim(DocumentKey(id: id, content: content))
    }

    public func claim(_ key: DocumentKey) throws -> Claim {
        try contains(key) ? .stored : .claimed
    }

    public func release(_ keys: [String]) throws {}

    /// The matching events; a search SQLite's FTS5 rejects is a `StoreError.badQuery`.
    public func events(_ query: EventQuery) throws -> [StoredEvent] {
        let (sql, args) = query.sql(.sqlite)
        do {
            return try reading { db in try StoredEvent.fetchAll(db, sql: sql, arguments: StatementArguments(args)) }
        } catch let StoreError.failed(_, reason) where query.search != nil && reason.contains("fts5") {
            throw StoreError.badQuery("--search \"\(query.search!.prefix(80))\": \(reason)")
        }
    }

    public func firstMentions(of events: [StoredEvent]) throws -> [Int64: EventMention] {
        guard !events.isEmpty else { return [:] }
        var out = [Int64: EventMention]()
        try reading { db in
            // Chunks keep the IN list within SQLite's limits.
            for chunk in stride(from: 0, to: events.count, by: 500).map({ Array(events[$0..<min($0 + 500, events.count)]) }) {
                for r in try EventMention.fetchAll(db, sql: EventMention.firstSQL(chunk)) { out[r.eventId] = r }
            }
        }
        return out
    }

    public var dialect: SQLDialect { .sqlite }
    public var keepsSummaries: Bool { true }

    public func rows(_ sql: String, _ arguments: [(any DatabaseValueConvertible)?]) throws -> [Row] {
        try reading { db in try Row.fetchAll(db, sql: sql, arguments: StatementArguments(arguments)) }
    }

    public func stats(top: Int, days: Int) throws -> StoreStats {
        try StoreStats(sqlite: self, top: top, days: days)
    }
}
