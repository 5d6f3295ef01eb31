/// Where the SQL of the two stores differs, so that a query is written once (`EventQuery.sql`).
///
/// ```swift
/// let (sql, args) = query.sql(.postgres)
/// ```
public enum SQLDialect: Sendable, Equatable {
    case sqlite, postgres

    /// Put before a column to keep the planner off its index: SQLite's unary `+`; PostgreSQL
    /// plans from statistics of value ranges and needs no hint.
    var noIndex: String { self == .sqlite ? "+" : "" }

    /// `e.id IN (events of the sentences that match ?)`: SQLite's FTS5 table, or PostgreSQL's
    /// `tsvector` column (Spanish and English stems, accents folded, as `PostgresSchema` makes it).
    /// `raw` takes the database's own query syntax: FTS5's, or `to_tsquery`'s.
    func searchClause(raw: Bool) -> String {
        switch self {
        case .sqlite:
            return "e.id IN (SELECT event_id FROM event_mentions WHERE sentence_id IN "
                + "(SELECT rowid FROM sentences_fts WHERE sentences_fts MATCH ?))"
        case .postgres:
            let parse = raw ? "to_tsquery" : "websearch_to_tsquery"
            let query = "\(parse)('spanish', atalaya_unaccent(q)) || \(parse)('english', atalaya_unaccent(q))"
            return "e.id IN (SELECT event_id FROM event_mentions WHERE sentence_id IN (SELECT id FROM sentences "
                + "WHERE tsv @@ (SELECT \(query) FROM (SELECT ?::text AS q) p)))"
        }
    }

    /// `LIKE` that ignores case as SQLite's does (ASCII letters; PostgreSQL's `ILIKE` ignores the case of any letter).
    public var like: String { self == .sqlite ? "LIKE" : "ILIKE" }

    /// The Monday that starts the week of an ISO date column, as `YYYY-MM-DD`.
    public func weekStart(_ column: String) -> String {
        self == .sqlite ? "date(\(column), '-6 days', 'weekday 1')" : "to_char(date_trunc('week', \(column)::date), 'YYYY-MM-DD')"
    }

    /// Whole days from one ISO date to another.
    public func days(from start: String, to end: String) -> String {
        self == .sqlite ? "CAST(julianday(\(end)) - julianday(\(start)) AS INTEGER)" : "(\(end)::date - \(start)::date)"
    }

    /// A real number rounded to two decimals (PostgreSQL rounds only `numeric` to places).
    public func round2(_ expression: String) -> String {
        self == .sqlite ? "ROUND(\(expression), 2)" : "ROUND((\(expression))::numeric, 2)::float8"
    }
}
