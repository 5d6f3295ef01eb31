import Atalaya
import AtalayaStore
import Foundation
import GRDB

extension PostgresStore {
    /// Fills a new store with `count` synthetic events (`SyntheticEvents`, the same as
    /// `StoreBenchmark.fillSynthetic` gives a SQLite store), with COPY, 100,000 events a
    /// statement; the indexes of `events` and `event_mentions` are made after the load, then
    /// analysed, as a long-lived store would be.
    ///
    /// ```swift
    /// try store.fillSynthetic(count: 1_000_000)
    /// ```
    public func fillSynthetic(count: Int) throws {
        try reporting {
            try session.withConnection { c in
                let text = SyntheticEvents.text
                let document: Int64 = try session.rows("""
                    INSERT INTO documents (doc_id, content_hash, date, origin, status, words, ingested_at)
                    VALUES ('synthetic', 'synthetic', '2024-01-01', 'bench', 'coded', 7, \(PostgresBatch.now)) RETURNING id
                    """, on: c)[0]["id"]
                let sentence: Int64 = try session.rows("""
                    INSERT INTO sentences (document_id, number, text, start, "end", tsv) VALUES (?, 0, ?, 0, ?, to_tsvector('simple', ?))
                    RETURNING id
                    """, [document, text, text.count, text], on: c)[0]["id"]
                try partitions.ensure(Set((2024...2025).flatMap { y in (1...12).map { String(format: "%04d-%02d", y, $0) } }), session)
                let indexes = try session.rows("""
                    SELECT indexname AS name, indexdef AS sql FROM pg_indexes
                    WHERE tablename IN ('events', 'event_mentions') AND indexname NOT LIKE '%_pkey' AND indexname NOT LIKE '%_key'
                    """, on: c)
                for i in indexes { try session.execute("DROP INDEX \(i["name"] as String)", on: c) }
                var id: Int64 = try session.rows("SELECT COALESCE(MAX(id), 0) AS n FROM events", on: c)[0]["n"]
                var events = SyntheticEvents(cameo: cameo, count: count)
                var done = false
                while !done {
                    var eventRows = CopyRows(), mentionRows = CopyRows()
                    for _ in 0..<100_000 {
                        guard let e = events.next() else { done = true; break }
                        id += 1
                        eventRows.add(Self.fields([id, e.key.date, e.key.source, e.key.target, e.key.code, e.root, e.quad, e.goldstein,
                                                   e.mentions, e.mentions, e.documents, document, e.sourceRoot, e.targetRoot]))
                        mentionRows.add(Self.fields([id, document, sentence, "A", 0, 1, "synthetic", 2, 11, "sentence", 12, 20, "bench",
                                                     nil, "day", e.placeName, e.placeCountry, e.lat, e.lon]))
                    }
                    try session.copy(into: "events", columns: Self.eventColumns, eventRows.bytes, on: c)
                    try session.copy(into: "event_mentions", columns: Self.mentionColumns, mentionRows.bytes, on: c)
                }
                try session.execute("SELECT setval('events_id_seq', ?)", [max(id, 1)], on: c)
                // pg_indexes writes a partitioned table's index "ON ONLY events", which would not be made on the partitions.
                for i in indexes { try session.execute((i["sql"] as String).replacingOccurrences(of: " ON ONLY ", with: " ON "), on: c) }
                try session.execute("ANALYZE", on: c)
            }
        }
    }

    static func fields(_ values: [(any CustomStringConvertible)?]) -> [String?] { values.map { $0?.description } }

    static let eventColumns = ["id", "date", "source", "target", "code", "root", "quad", "goldstein", "num_mentions", "num_sentences",
                               "num_documents", "first_document_id", "source_root", "target_root"]
    static let mentionColumns = ["event_id", "document_id", "sentence_id", "source_text", "source_start", "source_end", "target_text",
                                 "target_start", "target_end", "evidence", "evidence_start", "evidence_end", "pattern", "mode",
                                 "date_precision", "location_name", "location_country", "location_lat", "location_lon"]
}
