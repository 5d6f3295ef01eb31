import AtalayaStore
import GRDB

extension PostgresStore {
    /// The counts `atalaya stats` shows, grouped from the events (PostgreSQL keeps no summary tables: see `PostgresSchema`).
    public func stats(top: Int, days: Int) throws -> StoreStats {
        var s = StoreStats(cameo: cameo)
        try reporting {
            try session.withConnection { c in
                func rows(_ sql: String, _ args: [(any DatabaseValueConvertible)?] = []) throws -> [Row] {
                    try session.rows(sql, args, on: c)
                }
                let counts = try rows("""
                    SELECT (SELECT COUNT(*) FROM documents WHERE status = 'coded') AS coded,
                        (SELECT COUNT(*) FROM documents WHERE status = 'failed') AS failed,
                        (SELECT COUNT(*) FROM events) AS events, (SELECT COUNT(*) FROM event_mentions) AS mentions
                    """)[0]
                (s.documents, s.failedDocuments, s.events, s.mentions) = (counts["coded"], counts["failed"], counts["events"], counts["mentions"])
                s.byRoot = try rows("SELECT root, COUNT(*) AS n FROM events GROUP BY root ORDER BY root").map { ($0["root"], $0["n"]) }
                s.byQuad = try rows("SELECT quad, COUNT(*) AS n FROM events GROUP BY quad ORDER BY quad").map { ($0["quad"], $0["n"]) }
                s.topActors = try rows("""
                    SELECT actor, COUNT(*) AS n FROM (SELECT source AS actor, id FROM events
                        UNION SELECT target, id FROM events WHERE target != '') a
                    GROUP BY actor ORDER BY n DESC, actor LIMIT ?
                    """, [top]).map { ($0["actor"], $0["n"]) }
                s.topDyads = try rows("""
                    SELECT source, target, COUNT(*) AS n FROM events WHERE target != '' GROUP BY source, target
                    ORDER BY n DESC, source, target LIMIT ?
                    """, [top]).map { ($0["source"], $0["target"], $0["n"]) }
                s.perDay = try rows("SELECT date, COUNT(*) AS n FROM events GROUP BY date ORDER BY date DESC LIMIT ?", [days])
                    .map { ($0["date"], $0["n"]) }.reversed()
            }
        }
        return s
    }
}
