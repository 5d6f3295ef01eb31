import Atalaya
import AtalayaStore
import GRDB
import PostgresNIO

/// Writes one batch to the PostgreSQL store, inside the caller's transaction: the same rows as
/// the SQLite store (`DocumentRows`), as multi-row inserts (a statement per table and a few
/// thousand rows, not one per row). The batch's events are upserted once each, in key order,
/// with the counts the batch adds.
///
/// ```swift
/// let outcome = try session.transaction { try PostgresBatch(store: store, connection: $0).write(items) }
/// ```
struct PostgresBatch {
    let store: PostgresStore
    let connection: PostgresConnection
    var session: PostgresSession { store.session }

    /// A coded document of the batch that is new to the store, with its rows and id.
    struct New {
        var doc: Document
        var rows: DocumentRows
        var id: Int64 = 0
        var sentenceIDs: [Int64] = []
    }

    /// SQLite's `datetime('now')`, as text.
    static let now = "to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS')"

    /// The months of the events the batch holds (for their partitions).
    static func months(_ items: [StoreItem]) -> Set<String> {
        var months = Set<String>()
        for case let .coded(doc, _, _) in items {
            for e in doc.events where !e.negated { months.insert(String(e.date.description.prefix(7))) }
        }
        return months
    }

    func write(_ items: [StoreItem]) throws -> StoreOutcome {
        var outcome = StoreOutcome()
        var coded = [(doc: Document, origin: String, explicitID: Bool)]()
        for item in items {
            switch item {
            case let .coded(doc, origin, explicitID): coded.append((doc, origin, explicitID))
            case let .failed(id, content, origin, error):
                try recordFailure(id: id, content: content, origin: origin, error: error)
                outcome.failed += 1
            case let .finished(file, stillFailing): try removeStaleFailures(file: file, keeping: stillFailing)
            }
        }
        var new = try insertDocuments(coded)
        outcome.stored = new.count
        outcome.skipped = coded.count - new.count
        try insertSentences(&new)
        try insertDetails(new)
        let (ids, inserted) = try upsertEvents(new)
        outcome.events = inserted
        outcome.mentions = try insertMentions(new, ids)
        return outcome
    }

    /// Inserts rows of `width` values each as `template`s, a few thousand a statement; the rows `tail` returns.
    @discardableResult
    func insert(_ head: String, _ template: String, _ values: [(any DatabaseValueConvertible)?], width: Int, tail: String = "") throws -> [Row] {
        let perStatement = max(1, 30_000 / width)
        let count = values.count / width
        var out = [Row]()
        for start in stride(from: 0, to: count, by: perStatement) {
            let n = min(perStatement, count - start)
            let sql = head + " VALUES " + Array(repeating: template, count: n).joined(separator: ", ") + " " + tail
            out += try session.rows(sql, Array(values[start * width..<(start + n) * width]), on: connection)
        }
        return out
    }

    /// The documents not stored before (by id, or by content when they have none), inserted; the rest are skipped.
    func insertDocuments(_ coded: [(doc: Document, origin: String, explicitID: Bool)]) throws -> [New] {
        let keys = coded.map { DocumentKey(id: $0.explicitID ? $0.doc.id : nil, content: $0.doc.text) }
        let unnamed = coded.indices.filter { !coded[$0].explicitID }.map { keys[$0].hash }
        var knownHashes = Set<String>()
        for start in stride(from: 0, to: unnamed.count, by: 1000) {
            let chunk = Array(unnamed[start..<min(start + 1000, unnamed.count)])
            let marks = Array(repeating: "?", count: chunk.count).joined(separator: ", ")
            for row in try session.rows("SELECT content_hash FROM documents WHERE content_hash IN (\(marks))", chunk, on: connection) {
                knownHashes.insert(row["content_hash"])
            }
        }
        var candidates = [Int: New]()  // by index in `coded`, the first of each key
        var firstOfKey = [String: Int]()
        var values = [(any DatabaseValueConvertible)?]()
        for (i, c) in coded.enumerated() where (c.explicitID || !knownHashes.contains(keys[i].hash)) && firstOfKey[keys[i].docID] == nil {
            firstOfKey[keys[i].docID] = i
            knownHashes.insert(keys[i].hash)  // a later document of the batch without an id and with this text is the same
            let rows = DocumentRows(c.doc)
            candidates[i] = New(doc: c.doc, rows: rows)
            values += [keys[i].docID, keys[i].hash, c.doc.date.description, c.doc.title, c.doc.source, c.doc.url, c.doc.lang,
                       c.origin, rows.words]
        }
        let returned = try insert("INSERT INTO documents (doc_id, content_hash, date, title, source, url, lang, origin, status, words, ingested_at)",
                                  "(?, ?, ?, ?, ?, ?, ?, ?, 'coded', ?, \(Self.now))", values, width: 9,
                                  tail: "ON CONFLICT (doc_id) DO NOTHING RETURNING id, doc_id")
        var new = [New]()
        for row in returned {
            guard let i = firstOfKey[row["doc_id"]], var n = candidates[i] else { continue }
            n.id = row["id"]
            new.append(n)
        }
        return new
    }

    /// The text-search configuration of a document's language: its stems, accents folded.
    static func searchConfiguration(_ lang: String?) -> String {
        switch lang { case "en"?: "english"; case "es"?, nil: "spanish"; default: "simple" }
    }

    func insertSentences(_ new: inout [New]) throws {
        var values = [(any DatabaseValueConvertible)?]()
        for n in new {
            let config = Self.searchConfiguration(n.doc.lang)
            // Only the sentences that report an event get their words: a search finds events by
            // their sentences, so no other could ever be found (and stemming them was most of
            // the cost of a sentence). The others get an empty `tsvector` (no configuration sent).
            let reported = Set(n.rows.events.flatMap { $0.mentions.map(\.sentence) })
            for (i, s) in n.rows.sentences.enumerated() {
                values += [n.id, s.number, n.rows.string(s.text), s.start, s.end, reported.contains(i) ? config : nil]
            }
        }
        let returned = try insert("""
            INSERT INTO sentences (document_id, number, text, start, "end", tsv)
            SELECT d, n, t, s, e, CASE WHEN c IS NULL THEN ''::tsvector ELSE to_tsvector(c::regconfig, atalaya_unaccent(t)) END FROM (
            """, "(?, ?, ?, ?, ?, ?)", values, width: 6, tail: ") v(d, n, t, s, e, c) RETURNING id, document_id, number")
        var ids = [Int64: [Int: Int64]]()
        for row in returned { ids[row["document_id"], default: [:]][row["number"]] = row["id"] }
        for i in new.indices {
            new[i].sentenceIDs = new[i].rows.sentences.map { ids[new[i].id]?[$0.number] ?? 0 }
        }
    }
}
