import GRDB

/// The rows one batch adds below its documents — sentences, actor mentions, quotes, places and
/// event mentions — inserted many to a statement (`BulkInsert`) across the batch's documents.
/// Sentences get their ids here, in order after the largest stored (what SQLite would give them:
/// the batch writes alone, in one transaction), so the rows that refer to a sentence need not wait
/// for its insert.
///
/// ```swift
/// var inserts = try BatchInserts(db)
/// try inserts.add(rows, documentID: 7, eventIDs: ids)  // ids: the `events` row of each rows.events
/// try inserts.finish()                                  // before anything reads these tables
/// ```
struct BatchInserts {
    /// The id of the batch's first sentence.
    let firstSentenceID: Int64
    private var nextSentenceID: Int64
    private var sentences, actors, quotes, places, mentions: BulkInsert

    init(_ db: Database) throws {
        firstSentenceID = (try Int64.fetchOne(db, sql: "SELECT MAX(id) FROM sentences") ?? 0) + 1
        nextSentenceID = firstSentenceID
        sentences = BulkInsert(db, table: "sentences", columns: ["id", "document_id", "number", "text", "start", "end"])
        actors = BulkInsert(db, table: "actor_mentions",
                            columns: ["document_id", "sentence_id", "code", "text", "start", "end", "kind"])
        quotes = BulkInsert(db, table: "quotes",
                            columns: ["document_id", "sentence_id", "speaker_code", "speaker_text", "text", "start", "end"])
        places = BulkInsert(db, table: "places",
                            columns: ["document_id", "sentence_id", "name", "text", "country", "lat", "lon"])
        mentions = BulkInsert(db, table: "event_mentions", columns: [
            "event_id", "document_id", "sentence_id", "source_text", "source_start", "source_end",
            "target_text", "target_start", "target_end", "evidence", "evidence_start", "evidence_end", "pattern", "mode",
            "date_precision", "location_name", "location_country", "location_lat", "location_lon",
        ])
    }

    /// Adds a stored document's rows; `eventIDs` holds the `events` row of each of `rows.events`.
    mutating func add(_ rows: DocumentRows, documentID: Int64, eventIDs: [Int64]) throws {
        let sentenceIDs = Array(nextSentenceID..<(nextSentenceID + Int64(rows.sentences.count)))
        nextSentenceID += Int64(rows.sentences.count)
        for (s, id) in zip(rows.sentences, sentenceIDs) {
            sentences.add(id); sentences.add(documentID); sentences.add(s.number); sentences.add(s.text, in: rows.bytes)
            sentences.add(s.start); sentences.add(s.end)
            try sentences.endRow()
        }
        for a in rows.actors {
            actors.add(documentID); actors.add(sentenceIDs[a.sentence]); actors.add(a.code)
            actors.add(a.text, in: rows.bytes); actors.add(a.start); actors.add(a.end); actors.add(a.kind)
            try actors.endRow()
        }
        for q in rows.quotes {
            quotes.add(documentID); quotes.add(sentenceIDs[q.sentence]); quotes.add(q.speakerCode)
            quotes.add(q.speakerText, in: rows.bytes); quotes.add(q.text, in: rows.bytes); quotes.add(q.start); quotes.add(q.end)
            try quotes.endRow()
        }
        for p in rows.places {
            places.add(documentID); places.add(sentenceIDs[p.sentence]); places.add(p.name)
            places.add(p.text, in: rows.bytes); places.add(p.country); places.add(p.lat); places.add(p.lon)
            try places.endRow()
        }
        for (event, eventID) in zip(rows.events, eventIDs) {
            for m in event.mentions {
                mentions.add(eventID); mentions.add(documentID); mentions.add(sentenceIDs[m.sentence])
                mentions.add(m.sourceText, in: rows.bytes); mentions.add(m.sourceStart); mentions.add(m.sourceEnd)
                mentions.add(m.targetText, in: rows.bytes); mentions.add(m.targetStart); mentions.add(m.targetEnd)
                mentions.add(m.evidence, in: rows.bytes); mentions.add(m.evidenceStart); mentions.add(m.evidenceEnd)
                mentions.add(m.pattern); mentions.add(m.mode); mentions.add(m.datePrecision)
                mentions.add(m.locationName); mentions.add(m.locationCountry); mentions.add(m.locationLat)
                mentions.add(m.locationLon)
                try mentions.endRow()
            }
        }
    }

    /// Inserts the rows still held.
    mutating func finish() throws {
        try sentences.finish()
        try actors.finish()
        try quotes.finish()
        try places.finish()
        try mentions.finish()
    }
}
