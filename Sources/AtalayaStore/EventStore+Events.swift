import Atalaya
import GRDB

extension EventStore {
    /// Adds a document's asserted events: one `events` row per (date, source, target, code),
    /// counted GDELT's way (mentions, sentences, documents) in `tally` until the batch ends, and
    /// one `event_mentions` row per sentence that reports it. Negated events are not stored.
    /// Returns the mentions added.
    func storeEvents(_ events: [DocumentRows.Event], documentID: Int64, sentenceIDs: [Int64], tally: inout EventTally,
                     _ db: Database) throws -> Int {
        var insertMention = try RawInsert(db, sql: """
            INSERT INTO event_mentions (event_id, document_id, sentence_id, source_text, source_start, source_end,
                target_text, target_start, target_end, evidence, evidence_start, evidence_end, pattern, mode, date_precision,
                location_name, location_country, location_lat, location_lon)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        var added = 0
        for event in events {
            let slot = try tally.slot(of: event.key, documentID: documentID, cameo: cameo, db)
            tally.add(slot, mentions: event.mentions.count, sentences: event.sentences)
            let eventID = tally.id(slot)
            for m in event.mentions {
                insertMention.bind(eventID); insertMention.bind(documentID); insertMention.bind(sentenceIDs[m.sentence])
                insertMention.bind(m.sourceText); insertMention.bind(m.sourceStart); insertMention.bind(m.sourceEnd)
                insertMention.bind(m.targetText); insertMention.bind(m.targetStart); insertMention.bind(m.targetEnd)
                insertMention.bind(m.evidence); insertMention.bind(m.evidenceStart); insertMention.bind(m.evidenceEnd)
                insertMention.bind(m.pattern); insertMention.bind(m.mode); insertMention.bind(m.datePrecision)
                insertMention.bind(m.locationName); insertMention.bind(m.locationCountry); insertMention.bind(m.locationLat)
                insertMention.bind(m.locationLon)
                try insertMention.run()
            }
            added += event.mentions.count
        }
        return added
    }
}
