import Atalaya
import GRDB

extension EventStore {
    /// Adds a document's asserted events: one `events` row per (date, source, target, code),
    /// counted GDELT's way (mentions, sentences, documents), and one `event_mentions` row per
    /// sentence that reports it. Negated events are not stored. Returns the mentions added.
    func storeEvents(_ doc: Document, documentID: Int64, sentenceIDs: [Int64], cp: CodePointIndex, _ db: Database) throws -> Int {
        struct Key: Hashable { var date: String, source: String, target: String, code: String }
        var groups = [Key: [Event]]()
        var order = [Key]()
        for e in doc.events where !e.negated {
            let k = Key(date: e.date.description, source: e.source.code, target: e.target?.code ?? "", code: e.code)
            if groups[k] == nil { order.append(k) }
            groups[k, default: []].append(e)
        }
        let upsert = try db.cachedStatement(sql: """
            INSERT INTO events (date, source, target, code, root, quad, goldstein, num_mentions, num_sentences, num_documents,
                first_document_id, source_root, target_root)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?)
            ON CONFLICT(date, source, target, code) DO UPDATE SET
                num_mentions = num_mentions + excluded.num_mentions,
                num_sentences = num_sentences + excluded.num_sentences,
                num_documents = num_documents + 1
            RETURNING id
            """)
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
            let info = cameo.info(k.code)
            let sentences = Set(events.map(\.sentence)).count
            guard let eventID = try Int64.fetchOne(upsert, arguments: [k.date, k.source, k.target, k.code, String(k.code.prefix(2)),
                                                                      info?.quad ?? 0, info?.goldstein ?? 0, events.count, sentences, documentID,
                                                                      ActorCode(k.source).indexKey, ActorCode(k.target).indexKey])
            else { continue }
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
