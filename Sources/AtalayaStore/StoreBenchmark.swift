import Atalaya
import Foundation
import GRDB

/// Measures the store: ingest speed on generated articles, and indexed queries on a synthetic
/// store of many events (`atalaya bench --store`).
public struct StoreBenchmark {
    public struct QueryTiming: Sendable {
        public var name: String
        public var milliseconds: Double
        public var rows: Int
    }

    /// Fills a new store with `count` synthetic events (random dates over two years, actors,
    /// codes) in one transaction.
    public static func fillSynthetic(_ store: EventStore, count: Int, cameo: CameoTable) throws {
        let countries = ["USA", "RUS", "CHN", "UKR", "ISR", "PSE", "IRN", "IRQ", "SYR", "COL", "VEN", "MEX", "BRA", "ARG", "FRA",
                         "DEU", "GBR", "ESP", "TUR", "PRK", "KOR", "JPN", "IND", "PAK", "AFG", "EGY", "SAU", "NGA", "ZAF", "CUB"]
        let agents = ["", "GOV", "MIL", "COP", "REB", "OPP", "CVL", "JUD", "LEG", "MED"]
        let codes = cameo.all.map(\.code)
        var random = SeededRandom(seed: 7)
        func next(_ n: Int) -> Int { random.next(below: n) }
        let start = Day(parsing: "2024-01-01")!
        try store.database.write { db in
            // Indexes are dropped while loading and built once after: much faster than row by row.
            let indexes = try Row.fetchAll(db, sql: "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'events' AND sql IS NOT NULL")
            for i in indexes { try db.execute(sql: "DROP INDEX \(i["name"] as String)") }
            defer {
                for i in indexes { try? db.execute(sql: i["sql"] as String) }
                try? db.execute(sql: "ANALYZE")  // statistics for the query planner, as a long-lived store would have
            }
            let insert = try db.makeStatement(sql: """
                INSERT OR IGNORE INTO events (date, source, target, code, root, quad, goldstein, num_mentions, num_sentences, num_documents,
                    source_root, target_root)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
            for _ in 0..<count {
                let code = codes[next(codes.count)]
                let info = cameo.info(code)
                let n = 1 + next(5)
                let source = ActorCode(root: countries[next(countries.count)], parts: [agents[next(agents.count)]])
                let target = ActorCode(root: countries[next(countries.count)], parts: [agents[next(agents.count)]])
                try insert.execute(arguments: [start.adding(days: next(730)).description, source.description, target.description, code,
                                               String(code.prefix(2)), info?.quad ?? 1, info?.goldstein ?? 0, n, n, 1 + next(n),
                                               source.indexKey, target.indexKey])
            }
        }
    }

    /// Typical queries, each the median of five runs.
    public static func timeQueries(_ store: EventStore) throws -> [QueryTiming] {
        var queries = [(String, EventQuery)]()
        var q = EventQuery()
        q.actor = "RUS"
        q.limit = 50
        queries.append(("--actor RUS --limit 50 (newest first)", q))
        q = EventQuery()
        q.source = "USA"
        q.code = "19"
        q.from = Day(parsing: "2025-01-01")
        q.to = Day(parsing: "2025-03-31")
        queries.append(("--source USA --code 19 --from 2025-01-01 --to 2025-03-31", q))
        q = EventQuery()
        q.source = "ISRMIL"
        q.target = "PSE"
        queries.append(("--source ISRMIL --target PSE (all)", q))
        q = EventQuery()
        q.root = "14"
        q.from = Day(parsing: "2025-06-01")
        q.to = Day(parsing: "2025-06-07")
        queries.append(("--root 14 --from 2025-06-01 --to 2025-06-07", q))
        q = EventQuery()
        q.quad = 4
        q.sort = .mentions
        q.limit = 20
        queries.append(("--quad 4 --sort mentions --limit 20", q))
        return try queries.map { name, query in
            var times = [Double]()
            var rows = 0
            for _ in 0..<5 {
                let t = Date()
                rows = try query.fetch(store).count
                times.append(Date().timeIntervalSince(t) * 1000)
            }
            return QueryTiming(name: name, milliseconds: times.sorted()[2], rows: rows)
        }
    }
}
