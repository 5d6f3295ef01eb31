import Atalaya
import Foundation
import GRDB

/// Filters over stored events, turned into one indexed SQL query.
///
/// ```swift
/// var q = EventQuery()
/// q.actor = "RUS"          // RUSGOV, RUSMIL … on either side
/// q.from = Day(parsing: "2023-09-01")
/// q.search = "Jong-un"     // words and phrases; q.rawSearch = true for FTS5 syntax
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
    public var from: Day?
    public var to: Day?
    /// ISO alpha-3 code of the event's location.
    public var country: String?
    /// Full-text search over the sentences that report the events: words, and phrases in
    /// double quotes, all of which must occur (see `SearchText`).
    public var search: String?
    /// `search` is FTS5 query syntax (AND, OR, NOT, NEAR, prefix*), passed as is.
    public var rawSearch = false
    public var sort: Sort = .date
    public var descending = true
    public var limit: Int?
    /// Events skipped before the first returned (paging; with `limit`).
    public var offset = 0
    /// Keyset paging: only the events after this one in the sort order, so a page costs the same
    /// however deep it is (an `offset` reads and skips every event before it).
    public var after: Position?
    /// Only events with ids up to this one: a long export reads the events that were stored when it began.
    public var upToID: Int64?

    /// Where an event stands in a sort: its sort column's value, then its id.
    public struct Position: Sendable {
        public var value: DatabaseValue
        public var id: Int64
    }

    public enum Sort: String, Sendable, CaseIterable { case date, mentions, documents, goldstein, code }

    public init() {}

    /// Whether the filters are on date, root and quad class only (or none), which the per-day
    /// counts of `event_days` answer without reading the events.
    ///
    /// ```swift
    /// var q = EventQuery(); q.root = "19"
    /// q.isOnDaysOnly  // true; with q.actor = "RUS", false
    /// ```
    public var isOnDaysOnly: Bool {
        actor == nil && source == nil && target == nil && country == nil && search == nil && (code == nil || code?.count == 2)
    }

    /// Whether no filter is set (sort, limit and offset aside).
    public var isUnfiltered: Bool { isOnDaysOnly && code == nil && root == nil && quad == nil && from == nil && to == nil }

    /// `column >= prefix AND column < next(prefix)`: a prefix match the index can use.
    public static func prefix(_ column: String, _ value: String, _ args: inout [DatabaseValueConvertible?]) -> String {
        var upper = Array(value.utf8)
        if let last = upper.popLast() { upper.append(last &+ 1) }
        args.append(value)
        args.append(String(decoding: upper, as: UTF8.self))
        return "(\(column) >= ? AND \(column) < ?)"
    }

    /// An actor prefix: three letters compare the indexed country part; more, the code's prefix.
    /// `indexed: false` keeps the planner off the country's index, for when the other side names a
    /// narrower actor (SQLite, without range statistics, would take the equality on the country).
    static func actor(_ side: String, _ value: String, _ args: inout [DatabaseValueConvertible?], _ dialect: SQLDialect,
                      indexed: Bool = true) -> String {
        if value.count == 3 {
            args.append(value)
            return "\(indexed ? "" : dialect.noIndex)e.\(side)_root = ?"
        }
        return prefix("e.\(side)", value, &args)
    }

    /// The query in `dialect`'s SQL, with `?` for its arguments.
    ///
    /// ```swift
    /// let (sql, args) = query.sql(.postgres)
    /// ```
    public func sql(_ dialect: SQLDialect = .sqlite) -> (String, [DatabaseValueConvertible?]) {
        let limit = self.limit.map { max(0, $0) }  // SQLite reads a negative LIMIT as none
        let offset = max(0, self.offset)
        // "--actor RUS --limit 50": each side through its own index, newest first, then merged;
        // an OR over both sides would sort every event of the country.
        if let a = actor, a.count == 3, a.range(of: "^[A-Z]{3}$", options: .regularExpression) != nil, let limit {
            var (left, leftArgs) = filtered(actorClause: "e.source_root = ?", actorArgs: [a], dialect)
            let (right, rightArgs) = filtered(actorClause: "e.target_root = ?", actorArgs: [a], dialect)
            left = "SELECT * FROM (\(left) LIMIT \(limit + offset)) l UNION SELECT * FROM (\(right) LIMIT \(limit + offset)) r"
            return ("SELECT * FROM (\(left)) e ORDER BY \(orderBy) LIMIT ? OFFSET ?", leftArgs + rightArgs + [limit, offset])
        }
        var (sql, args) = filtered(actorClause: nil, actorArgs: [], dialect)
        if let limit {
            sql += " LIMIT ? OFFSET ?"
            args += [limit, offset]
        }
        return (sql, args)
    }

    /// An event's position in this query's sort, for `after`.
    ///
    /// ```swift
    /// next.after = query.position(of: page.last!)
    /// ```
    public func position(of e: StoredEvent) -> Position {
        let value: any DatabaseValueConvertible
        switch sort {
        case .date: value = e.date
        case .mentions: value = e.numMentions
        case .documents: value = e.numDocuments
        case .goldstein: value = e.goldstein
        case .code: value = e.code
        }
        return Position(value: value.databaseValue, id: e.id)
    }

    var sortColumn: String {
        switch sort {
        case .date: "e.date"
        case .mentions: "e.num_mentions"
        case .documents: "e.num_documents"
        case .goldstein: "e.goldstein"
        case .code: "e.code"
        }
    }

    var orderBy: String {
        let column = sortColumn
        // Ties in the sort's direction: an index on the column then gives the order (and a LIMIT stops early).
        return "\(column) \(descending ? "DESC" : "ASC"), e.id \(descending ? "DESC" : "ASC")"
    }

    /// The query without a limit; `actorClause` replaces the actor filter when given.
    func filtered(actorClause: String?, actorArgs: [DatabaseValueConvertible?], _ dialect: SQLDialect) -> (String, [DatabaseValueConvertible?]) {
        let (conditions, args) = condition(actorClause: actorClause, actorArgs: actorArgs, also: nil, dialect)
        return ("SELECT e.* FROM events e\(conditions) ORDER BY \(orderBy)", args)
    }

    /// The filters as a `WHERE` clause over `events e` (empty when there are none), for queries
    /// that count or group the same events the list shows (the server's timeline, network and map).
    ///
    /// ```swift
    /// let (filter, args) = query.condition()
    /// try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM events e" + filter, arguments: StatementArguments(args))
    /// ```
    public func condition(actorClause: String? = nil, actorArgs: [DatabaseValueConvertible?] = []) -> (String, [DatabaseValueConvertible?]) {
        condition(actorClause: actorClause, actorArgs: actorArgs, also: nil, .sqlite)
    }

    /// The filters and one more condition of the caller's, as a `WHERE` clause over `events e`.
    ///
    /// ```swift
    /// let (filter, args) = query.condition(also: "e.target != ''")
    /// ```
    public func condition(also extra: String) -> (String, [DatabaseValueConvertible?]) {
        condition(actorClause: nil, actorArgs: [], also: extra, .sqlite)
    }

    /// A `LIKE … ESCAPE '\\'` pattern for text that contains `text` literally (% and _ in it are
    /// not wildcards).
    ///
    /// ```swift
    /// EventQuery.containing("50%")  // "%50\\%%"
    /// ```
    public static func containing(_ text: String) -> String {
        "%" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%")
            .replacingOccurrences(of: "_", with: "\\_") + "%"
    }

    private func condition(actorClause: String?, actorArgs: [DatabaseValueConvertible?], also extra: String?,
                           _ dialect: SQLDialect) -> (String, [DatabaseValueConvertible?]) {
        var clauses = [String]()
        var args = [DatabaseValueConvertible?]()
        if let actorClause {
            clauses.append(actorClause)
            args += actorArgs
        } else if let a = actor {
            if a.range(of: "^[A-Z]{3,}$", options: .regularExpression) != nil {
                clauses.append("(" + Self.actor("source", a, &args, dialect) + " OR " + Self.actor("target", a, &args, dialect) + ")")
            } else {
                let like = dialect.like
                clauses.append("e.id IN (SELECT event_id FROM event_mentions WHERE source_text \(like) ? ESCAPE '\\' OR target_text \(like) ? ESCAPE '\\')")
                args.append(Self.containing(a))
                args.append(Self.containing(a))
            }
        }
        let (sourceLength, targetLength) = (source?.count ?? 0, target?.count ?? 0)
        if let s = source { clauses.append(Self.actor("source", s, &args, dialect, indexed: sourceLength >= targetLength)) }
        if let t = target { clauses.append(Self.actor("target", t, &args, dialect, indexed: targetLength >= sourceLength)) }
        if let c = code, c.count != 2 { clauses.append(Self.prefix("e.code", c, &args)) }
        let equal: [(String, DatabaseValueConvertible?)] = [
            ("e.root = ?", code?.count == 2 ? code : nil), ("e.root = ?", root), ("e.quad = ?", quad),
            ("e.date >= ?", from?.description), ("e.date <= ?", to?.description),
            ("e.id IN (SELECT event_id FROM event_mentions WHERE location_country = ?)", country),
            (dialect.searchClause(raw: rawSearch), search.map { rawSearch || dialect == .postgres ? $0 : SearchText.fts5($0) }),
        ]
        for (clause, value) in equal {
            guard let value else { continue }
            clauses.append(clause)
            args.append(value)
        }
        if let after {
            clauses.append("(\(sortColumn), e.id) \(descending ? "<" : ">") (?, ?)")
            args += [after.value, after.id]
        }
        if let upToID {
            clauses.append("e.id <= ?")
            args.append(upToID)
        }
        if let extra { clauses.append(extra) }
        return (clauses.isEmpty ? "" : " WHERE " + clauses.joined(separator: " AND "), args)
    }

    /// The matching events, from any store.
    public func fetch(_ store: any EventStorage) throws -> [StoredEvent] {
        try store.events(self)
    }
}
