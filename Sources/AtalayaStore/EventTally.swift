import Atalaya
import GRDB

/// The distinct events one batch reports, each with what the batch adds to its counts.
///
/// An event reported by many documents of a batch is looked up (or inserted) once and updated
/// once, when the batch ends, instead of being upserted by every document: an upsert costs a
/// statement savepoint and the update of the `events` indexes on the counts each time. New
/// events are inserted when first seen, so they get the ids a document-by-document upsert gave
/// them, and the rows end the transaction the same.
///
/// ```swift
/// var tally = EventTally()
/// let id = try tally.id(of: key, documentID: 7, cameo: cameo, db)
/// tally.add(id, mentions: 2, sentences: 1)
/// try tally.apply(db)
/// ```
struct EventTally {
    private struct Added {
        var id: Int64
        var mentions = 0, sentences = 0, documents = 0
    }

    private var slots = [EventKey: Int]()
    private var added = [Added]()
    /// Events new to the store.
    private(set) var inserted = 0

    /// The event `key`'s slot in this batch: its row is looked up, else inserted with counts of
    /// zero and `documentID` as its first document.
    mutating func slot(of key: EventKey, documentID: Int64, cameo: CameoTable, _ db: Database) throws -> Int {
        if let slot = slots[key] { return slot }
        let arguments: StatementArguments = [key.date, key.source, key.target, key.code]
        var id = try Int64.fetchOne(db.cachedStatement(sql: """
            SELECT id FROM events WHERE date = ? AND source = ? AND target = ? AND code = ?
            """), arguments: arguments)
        if id == nil {
            let info = cameo.info(key.code)
            try db.cachedStatement(sql: """
                INSERT INTO events (date, source, target, code, root, quad, goldstein, num_mentions, num_sentences, num_documents,
                    first_document_id, source_root, target_root)
                VALUES (?, ?, ?, ?, ?, ?, ?, 0, 0, 0, ?, ?, ?)
                """).execute(arguments: arguments + [String(key.code.prefix(2)), info?.quad ?? 0, info?.goldstein ?? 0, documentID,
                                                     ActorCode(key.source).indexKey, ActorCode(key.target).indexKey])
            id = db.lastInsertedRowID
            inserted += 1
        }
        added.append(Added(id: id!))
        slots[key] = added.count - 1
        return added.count - 1
    }

    /// The event's id.
    func id(_ slot: Int) -> Int64 { added[slot].id }

    /// Counts one document's mentions of the event in `slot`.
    mutating func add(_ slot: Int, mentions: Int, sentences: Int) {
        added[slot].mentions += mentions
        added[slot].sentences += sentences
        added[slot].documents += 1
    }

    /// Adds the batch's counts to the events' rows.
    func apply(_ db: Database) throws {
        let update = try db.cachedStatement(sql: """
            UPDATE events SET num_mentions = num_mentions + ?, num_sentences = num_sentences + ?, num_documents = num_documents + ?
            WHERE id = ?
            """)
        for a in added {
            try update.execute(arguments: [a.mentions, a.sentences, a.documents, a.id])
        }
    }
}
