import Atalaya
import GRDB

extension EventStore {
    /// Adds a document's asserted events: one `events` row per (date, source, target, code),
    /// counted GDELT's way (mentions, sentences, documents) in `tally` until the batch ends, and
    /// one `event_mentions` row per sentence that reports it. Negated events are not stored.
    /// Returns the mentions added.
    func storeEvents(_ doc: Document, documentID: Int64, sentenceIDs: [Int64], cp: CodePointIndex, tally: inout EventTally,
                     _ db: Database) throws -> Int {
        typealias Key = EventTally.Key
        var groups = [Key: [Event]]()
        var order = [Key]()
        for e in doc.events where !e.negated {
            let k = Key(date: e.date.description, source: e.source.code, target: e.target?.code ?? "", code: e.code)
            if groups[k] == nil { order.append(k) }
            groups[k, default: []].append(e)
        }
        let insertMention = try db.cachedStatement(sql: """
            INSERT INTO event_mentions (event_id, document_id, sentence_id, source_text, source_start, source_end,
                target_text, target_start, target_end, evidence, evidence_start, evidence_end, pattern, mode, date_precision,
                location_name, location_country, location_lat, location_lon)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        func start(_ r: Range<Int>) -> Int { cp.codePoints(tokens: r, of: doc).lowerBound }
        func end(_ r: Range<Int>) -> Int { cp.codePoints(tokens: r, of: doc).upperBound }
        for k in order {
            let events = groups[k]!
            let slot = try tally.slot(of: k, documentID: documentID, cameo: cameo, db)
            tally.add(slot, mentions: events.count, sentences: Set(events.map(\.sentence)).count)
            let eventID = tally.id(slot)
            for e in events {
                try insertMention.execute(arguments: [
                    eventID, documentID, sentenceIDs[e.sentence],
                    doc.string(tokens: e.source.tokens), start(e.source.tokens), end(e.source.tokens),
                    e.target.map { doc.string(tokens: $0.tokens) }, e.target.map { start($0.tokens) }, e.target.map { end($0.tokens) },
                    doc.string(tokens: e.evidence), start(e.evidence), end(e.evidence), e.pattern, e.mode?.rawValue,
                    e.datePrecision.rawValue, e.location?.name, e.location?.country, e.location?.lat, e.location?.lon,
                ])
            }
        }
        return order.reduce(0) { $0 + groups[$1]!.count }
    }
}
