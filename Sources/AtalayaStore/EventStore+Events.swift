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
        var insertMention = try RawInsert(db, sql: """
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
                insertMention.bind(eventID); insertMention.bind(documentID); insertMention.bind(sentenceIDs[e.sentence])
                insertMention.bind(doc.string(tokens: e.source.tokens)); insertMention.bind(start(e.source.tokens))
                insertMention.bind(end(e.source.tokens))
                insertMention.bind(e.target.map { doc.string(tokens: $0.tokens) }); insertMention.bind(e.target.map { start($0.tokens) })
                insertMention.bind(e.target.map { end($0.tokens) })
                insertMention.bind(doc.string(tokens: e.evidence)); insertMention.bind(start(e.evidence)); insertMention.bind(end(e.evidence))
                insertMention.bind(e.pattern); insertMention.bind(e.mode?.rawValue); insertMention.bind(e.datePrecision.rawValue)
                insertMention.bind(e.location?.name); insertMention.bind(e.location?.country); insertMention.bind(e.location?.lat)
                insertMention.bind(e.location?.lon)
                try insertMention.run()
            }
        }
        return order.reduce(0) { $0 + groups[$1]!.count }
    }
}
