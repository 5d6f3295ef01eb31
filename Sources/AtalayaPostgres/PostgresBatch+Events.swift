import Atalaya
import AtalayaStore
import GRDB

extension PostgresBatch {
    /// Actor mentions, quotes and places of the new documents, with COPY.
    func insertDetails(_ new: [New]) throws {
        var actors = CopyRows(), quotes = CopyRows(), places = CopyRows()
        for n in new {
            let (doc, sentence) = (String(n.id), { (i: Int) in String(n.sentenceIDs[i]) })
            for a in n.rows.actors { actors.add([doc, sentence(a.sentence), a.code, n.rows.string(a.text), String(a.start), String(a.end), a.kind]) }
            for q in n.rows.quotes {
                quotes.add([doc, sentence(q.sentence), q.speakerCode, q.speakerText.map(n.rows.string), n.rows.string(q.text), String(q.start), String(q.end)])
            }
            for p in n.rows.places {
                places.add([doc, sentence(p.sentence), p.name, n.rows.string(p.text), p.country, p.lat.map { "\($0)" }, p.lon.map { "\($0)" }])
            }
        }
        try copy("actor_mentions", ["document_id", "sentence_id", "code", "text", "start", "end", "kind"], actors)
        try copy("quotes", ["document_id", "sentence_id", "speaker_code", "speaker_text", "text", "start", "end"], quotes)
        try copy("places", ["document_id", "sentence_id", "name", "text", "country", "lat", "lon"], places)
    }

    func copy(_ table: String, _ columns: [String], _ rows: CopyRows) throws {
        if rows.count > 0 { try session.copy(into: table, columns: columns, rows.bytes, on: connection) }
    }

    /// What the batch adds to one event's counts.
    struct Added {
        var mentions = 0, sentences = 0, documents = 0
        var firstDocument: Int64
    }

    /// Upserts the batch's events, each once with the batch's counts; their ids, and how many are new.
    /// New events get ids in the order the batch first reports them, as in the SQLite store (so
    /// ties in a sort come out the same). The events stored before are locked first, in key
    /// order, so that two workers never wait for each other in a cycle over them; two workers
    /// adding the same new events in different orders can still deadlock, and the batch is retried.
    func upsertEvents(_ new: [New]) throws -> (ids: [EventKey: Int64], inserted: Int) {
        var added = [EventKey: Added]()
        var order = [EventKey]()
        for n in new {
            for e in n.rows.events {
                if added[e.key] == nil { order.append(e.key) }
                added[e.key, default: Added(firstDocument: n.id)].mentions += e.mentions.count
                added[e.key]!.sentences += e.sentences
                added[e.key]!.documents += 1
            }
        }
        try lockStored(added.keys.sorted())
        var values = [(any DatabaseValueConvertible)?]()
        for key in order {
            let a = added[key]!, info = store.cameo.info(key.code)
            values += [key.date, key.source, key.target, key.code, String(key.code.prefix(2)), info?.quad ?? 0, info?.goldstein ?? 0,
                       a.mentions, a.sentences, a.documents, a.firstDocument, ActorCode(key.source).indexKey,
                       ActorCode(key.target).indexKey]
        }
        let rows = try insert("""
            INSERT INTO events (date, source, target, code, root, quad, goldstein, num_mentions, num_sentences, num_documents,
                first_document_id, source_root, target_root)
            """, "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", values, width: 13, tail: """
            ON CONFLICT (date, source, target, code) DO UPDATE SET num_mentions = events.num_mentions + excluded.num_mentions,
                num_sentences = events.num_sentences + excluded.num_sentences, num_documents = events.num_documents + excluded.num_documents
            RETURNING id, date, source, target, code, num_documents
            """)
        var ids = [EventKey: Int64]()
        var inserted = 0
        for row in rows {
            let key = EventKey(date: row["date"], source: row["source"], target: row["target"], code: row["code"])
            ids[key] = row["id"]
            // Every stored event has a document: one whose documents are all this batch's is new.
            if row["num_documents"] as Int == added[key]?.documents { inserted += 1 }
        }
        return (ids, inserted)
    }

    /// Locks the rows of the events among `keys` (sorted) that are stored already, in that order.
    /// The keys go as one JSON parameter joined to `events`: a list of a thousand row values in
    /// `IN (…)` took the planner longer than the whole batch's writes (selectivity of each tuple,
    /// over every partition's indexes).
    func lockStored(_ keys: [EventKey]) throws {
        guard !keys.isEmpty else { return }
        var json = JSONWriter()
        json.beginArray()
        for k in keys {
            json.beginObject()
            json.key("date"); json.string(k.date)
            json.key("source"); json.string(k.source)
            json.key("target"); json.string(k.target)
            json.key("code"); json.string(k.code)
            json.endObject()
        }
        json.endArray()
        try session.execute("""
            SELECT e.id FROM events e
              JOIN jsonb_to_recordset(?::jsonb) AS k(date text, source text, target text, code text)
                ON e.date = k.date COLLATE "C" AND e.source = k.source COLLATE "C" AND e.target = k.target COLLATE "C"
                  AND e.code = k.code COLLATE "C"
            ORDER BY e.date, e.source, e.target, e.code FOR UPDATE OF e
            """, [String(decoding: json.bytes, as: UTF8.self)], on: connection)
    }

    /// One row per sentence that reports an event, with COPY; the count.
    func insertMentions(_ new: [New], _ ids: [EventKey: Int64]) throws -> Int {
        var rows = CopyRows()
        func text(_ v: Int?) -> String? { v.map { String($0) } }
        for n in new {
            for e in n.rows.events {
                let event = ids[e.key].map { String($0) }
                for m in e.mentions {
                    rows.add([event, String(n.id), String(n.sentenceIDs[m.sentence]), n.rows.string(m.sourceText), text(m.sourceStart), text(m.sourceEnd),
                              m.targetText.map(n.rows.string), text(m.targetStart), text(m.targetEnd), n.rows.string(m.evidence), text(m.evidenceStart),
                              text(m.evidenceEnd), m.pattern, m.mode, m.datePrecision, m.locationName, m.locationCountry,
                              m.locationLat.map { "\($0)" }, m.locationLon.map { "\($0)" }])
                }
            }
        }
        try copy("event_mentions", ["event_id", "document_id", "sentence_id", "source_text", "source_start", "source_end", "target_text",
                                    "target_start", "target_end", "evidence", "evidence_start", "evidence_end", "pattern", "mode",
                                    "date_precision", "location_name", "location_country", "location_lat", "location_lon"], rows)
        return rows.count
    }

    /// A document that failed; the latest error of one still failing replaces the one recorded before.
    func recordFailure(id: String?, content: String, origin: String, error: String) throws {
        let key = DocumentKey(id: id, content: content)
        try session.execute("""
            INSERT INTO documents (doc_id, content_hash, origin, status, error, ingested_at) VALUES (?, ?, ?, 'failed', ?, \(Self.now))
            ON CONFLICT (doc_id) DO UPDATE SET error = excluded.error, ingested_at = excluded.ingested_at WHERE documents.status = 'failed'
            """, [key.docID, key.hash, origin, error], on: connection)
    }

    /// Deletes the `failed` rows of a file (origin `file` or `file:line`) that are not failing any more.
    func removeStaleFailures(file: String, keeping: Set<String>) throws {
        let rows = try session.rows("""
            SELECT origin FROM documents WHERE status = 'failed' AND (origin = ? OR starts_with(origin, ?))
            """, [file, file + ":"], on: connection)
        for row in rows {
            let origin: String = row["origin"]
            if !keeping.contains(origin) {
                try session.execute("DELETE FROM documents WHERE status = 'failed' AND origin = ?", [origin], on: connection)
            }
        }
    }
}
