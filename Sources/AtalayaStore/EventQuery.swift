import Foundation
import GRDB

/// Filters over stored events, turned into one indexed SQL query.
///
/// ```swift
/// var q = EventQuery()
/// q.actor = "RUS"          // RUSGOV, RUSMIL … on either side
/// q.from = "2023-09-01"
/// let rows = try q.fetch(store)
/// ```
public struct EventQuery: Sendable {
    /// A code prefix ("RUS", "RUSGOV") or a name in the text ("Putin"), on either side.
    public var actor: String?
    public var source: String?
    public var target: String?
    /// A CAMEO code or its prefix ("04", "040", "1312").
    public var code: String?
    public var root: String?
    public var quad: Int?
    public var from: String?
    public var to: String?
    /// ISO alpha-3 code of the event's location.
    public var country: String?
    /// Full-text search over the sentences that report the events (FTS5 syntax).
    public var search: String?
    public var sort: Sort = .date
    public var descending = true
    public var limit: Int?

    public enum Sort: String, Sendable, CaseIterable { case date, mentions, documents, goldstein, code }

    public init() {}

    /// `column >= prefix AND column < next(prefix)`: a prefix match the index can use.
    static func prefix(_ column: String, _ value: String, _ args: inout [DatabaseValueConvertible?]) -> String {
        var upper = Array(value.utf8)
        if let last = upper.popLast() { upper.append(last &+ 1) }
        args.append(value)
        args.append(String(decoding: upper, as: UTF8.self))
        return "(\(column) >= ? AND \(column) < ?)"
    }

    public func sql() -> (String, [DatabaseValueConvertible?]) {
        var clauses = [String]()
        var args = [DatabaseValueConvertible?]()
        if let a = actor {
            if a.range(of: "^[A-Z]{3,}$", options: .regularExpression) != nil {
                clauses.append("(" + Self.prefix("e.source", a, &args) + " OR " + Self.prefix("e.target", a, &args) + ")")
            } else {
                clauses.append("e.id IN (SELECT event_id FROM event_mentions WHERE source_text LIKE ? OR target_text LIKE ?)")
                args.append("%\(a)%")
                args.append("%\(a)%")
            }
        }
        if let s = source { clauses.append(Self.prefix("e.source", s, &args)) }
        if let t = target { clauses.append(Self.prefix("e.target", t, &args)) }
        if let c = code { clauses.append(Self.prefix("e.code", c, &args)) }
        if let r = root {
            clauses.append("e.root = ?")
            args.append(r)
        }
        if let q = quad {
            clauses.append("e.quad = ?")
            args.append(q)
        }
        if let f = from {
            clauses.append("e.date >= ?")
            args.append(f)
        }
        if let t = to {
            clauses.append("e.date <= ?")
            args.append(t)
        }
        if let c = country {
            clauses.append("e.id IN (SELECT event_id FROM event_mentions WHERE location_country = ?)")
            args.append(c)
        }
        if let s = search {
            clauses.append("e.id IN (SELECT event_id FROM event_mentions WHERE sentence_id IN (SELECT rowid FROM sentences_fts WHERE sentences_fts MATCH ?))")
            args.append(s)
        }
        let order: String
        switch sort {
        case .date: order = "e.date"
        case .mentions: order = "e.num_mentions"
        case .documents: order = "e.num_documents"
        case .goldstein: order = "e.goldstein"
        case .code: order = "e.code"
        }
        var sql = "SELECT e.* FROM events e"
        if !clauses.isEmpty { sql += " WHERE " + clauses.joined(separator: " AND ") }
        sql += " ORDER BY \(order) \(descending ? "DESC" : "ASC"), e.id"
        if let limit {
            sql += " LIMIT ?"
            args.append(limit)
        }
        return (sql, args)
    }

    public func fetch(_ store: EventStore) throws -> [StoredEvent] {
        let (sql, args) = sql()
        return try store.pool.read { db in
            try StoredEvent.fetchAll(db, sql: sql, arguments: StatementArguments(args) ?? [])
        }
    }
}
