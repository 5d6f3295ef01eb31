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
    /// codes) in one transaction, each with one mention in one synthetic document, located at one
    /// of 500 synthetic places, so every endpoint of `atalaya serve` has rows to read.
    public static func fillSynthetic(_ store: EventStore, count: Int, cameo: CameoTable) throws {
        try store.database.write { db in
            // Indexes and triggers are dropped while loading and made once after (the summaries
            // counted afresh): much faster than row by row. An error rolls the whole load back.
            let dropped = try Row.fetchAll(db, sql: """
                SELECT type, name, sql FROM sqlite_master
                WHERE type IN ('index', 'trigger') AND tbl_name IN ('events', 'event_mentions') AND sql IS NOT NULL
                """)
            for i in dropped { try db.execute(sql: "DROP \(i["type"] as String) \(i["name"] as String)") }
            try insertSynthetic(SyntheticEvents(cameo: cameo, count: count), db)
            for i in dropped { try db.execute(sql: i["sql"] as String) }
            try db.execute(sql: StoreSummaries.rebuild)
            // No ANALYZE: atalaya never runs it on a store, so the planner works without statistics
            // here as it does on users' stores.
        }
    }

    /// Typical queries, each the median of five runs.
    static func insertSynthetic(_ events: SyntheticEvents, _ db: Database) throws {
        var events = events
        try db.execute(sql: """
            INSERT INTO documents (doc_id, content_hash, date, origin, status, words, ingested_at)
            VALUES ('synthetic', 'synthetic', '2024-01-01', 'bench', 'coded', 7, datetime('now'));
            INSERT INTO sentences (document_id, number, text, start, "end") VALUES (last_insert_rowid(), 0, ?, 0, ?);
            """, arguments: [SyntheticEvents.text, SyntheticEvents.text.count])
        let sentence = db.lastInsertedRowID
        let document = try Int64.fetchOne(db, sql: "SELECT document_id FROM sentences WHERE id = ?", arguments: [sentence])!
        let insertEvent = try db.makeStatement(sql: """
            INSERT INTO events (date, source, target, code, root, quad, goldstein, num_mentions, num_sentences, num_documents,
                first_document_id, source_root, target_root)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        let insertMention = try db.makeStatement(sql: """
            INSERT INTO event_mentions (event_id, document_id, sentence_id, source_text, source_start, source_end, target_text,
                target_start, target_end, evidence, evidence_start, evidence_end, pattern, mode, date_precision,
                location_name, location_country, location_lat, location_lon)
            VALUES (?, ?, ?, 'A', 0, 1, 'synthetic', 2, 11, 'sentence', 12, 20, 'bench', NULL, 'day', ?, ?, ?, ?)
            """)
        while let e = events.next() {
            try insertEvent.execute(arguments: [e.key.date, e.key.source, e.key.target, e.key.code, e.root, e.quad, e.goldstein,
                                                e.mentions, e.mentions, e.documents, document, e.sourceRoot, e.targetRoot])
            try insertMention.execute(arguments: [db.lastInsertedRowID, document, sentence, e.placeName, e.placeCountry, e.lat, e.lon])
        }
    }

    /// The five queries of the benchmark, each run five times on `store`: the median time.
    public static func timeQueries(_ store: any EventStorage) throws -> [QueryTiming] {
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
