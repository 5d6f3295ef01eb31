import Atalaya
import GRDB
import GRDBSQLite

/// The distinct events one batch reports, each with what the batch adds to its counts.
///
/// An event reported by many documents of a batch is looked up once and written once, when the
/// batch ends, instead of being upserted by every document: an upsert costs a statement
/// savepoint and the update of the `events` indexes on the counts each time. An event new to
/// the store gets its id when first seen (the next after the largest, what SQLite would give
/// it: the batch writes alone, in one transaction), so ids follow the order events are first
/// reported; its row is inserted at the end with its counts, many rows to a statement.
///
/// ```swift
/// var tally = try EventTally(db)
/// let ids = try tally.count(rows.events, documentID: 7, cameo: cameo, db)
/// try tally.apply(db)
/// ```
struct EventTally {
    /// The key, first document and code of an event new to the store.
    private struct New {
        var key: EventKey, documentID: Int64, root: String, quad: Int, goldstein: Double
    }

    private struct Added {
        var id: Int64
        /// Nil for an event stored before.
        var new: New?
        var mentions = 0, sentences = 0, documents = 0
    }

    private var slots = [EventKey: Int]()
    private var added = [Added]()
    private var nextID: Int64
    /// The statement of `storedID`, prepared once a batch, and the buffer its values are bound from.
    private var lookup: Statement?
    private var keyBytes = [UInt8]()
    /// Events new to the store.
    private(set) var inserted = 0

    init(_ db: Database) throws {
        nextID = (try Int64.fetchOne(db, sql: "SELECT MAX(id) FROM events") ?? 0) + 1
    }

    /// Counts a document's asserted events (negated ones are not stored): the mentions, sentences
    /// and document each adds to its `events` row, one row per (date, source, target, code),
    /// counted GDELT's way. Returns the row id of each event.
    mutating func count(_ events: [DocumentRows.Event], documentID: Int64, cameo: CameoTable, _ db: Database) throws -> [Int64] {
        try events.map { event in
            let slot = try slot(of: event.key, documentID: documentID, cameo: cameo, db)
            added[slot].mentions += event.mentions.count
            added[slot].sentences += event.sentences
            added[slot].documents += 1
            return added[slot].id
        }
    }

    /// The event `key`'s slot in this batch: its stored row, else a new row with `documentID`
    /// as its first document.
    private mutating func slot(of key: EventKey, documentID: Int64, cameo: CameoTable, _ db: Database) throws -> Int {
        if let slot = slots[key] { return slot }
        if let id = try storedID(key, db) {
            added.append(Added(id: id))
        } else {
            let info = cameo.info(key.code)
            added.append(Added(id: nextID, new: New(key: key, documentID: documentID, root: String(key.code.prefix(2)),
                                                    quad: info?.quad ?? 0, goldstein: info?.goldstein ?? 0)))
            nextID += 1
            inserted += 1
        }
        slots[key] = added.count - 1
        return added.count - 1
    }

    /// The id of the stored event `key`, if any; its values bound straight to SQLite (GRDB's
    /// arguments cost more than the lookup), from one buffer SQLite reads in place.
    private mutating func storedID(_ key: EventKey, _ db: Database) throws -> Int64? {
        let statement = try lookup ?? db.makeStatement(sql: "SELECT id FROM events WHERE date = ? AND source = ? AND target = ? AND code = ?")
        lookup = statement
        let handle = statement.sqliteStatement
        defer { _ = sqlite3_reset(handle) }
        keyBytes.removeAll(keepingCapacity: true)
        let parts = [key.date, key.source, key.target, key.code]
        for part in parts { keyBytes.append(contentsOf: part.utf8) }
        keyBytes.append(0)  // never empty, so never a NULL pointer (an empty target binds as empty text)
        let code = keyBytes.withUnsafeBytes { buffer -> CInt in
            let base = buffer.baseAddress!.assumingMemoryBound(to: CChar.self)
            var start = 0
            for (i, part) in parts.enumerated() {
                let count = part.utf8.count
                // SQLITE_STATIC (nil): the buffer outlives the step, so SQLite reads it in place.
                _ = sqlite3_bind_text(handle, CInt(i + 1), base + start, CInt(count), nil)
                start += count
            }
            return sqlite3_step(handle)
        }
        switch code {
        case SQLITE_ROW: return sqlite3_column_int64(handle, 0)
        case SQLITE_DONE: return nil
        default:
            throw DatabaseError(resultCode: ResultCode(rawValue: code),
                                message: String(cString: sqlite3_errmsg(sqlite3_db_handle(handle))), sql: statement.sql)
        }
    }

    /// Inserts the batch's new events with their counts, and adds its counts to the stored ones.
    func apply(_ db: Database) throws {
        var insert = BulkInsert(db, table: "events", columns: [
            "id", "date", "source", "target", "code", "root", "quad", "goldstein", "num_mentions", "num_sentences",
            "num_documents", "first_document_id", "source_root", "target_root",
        ])
        let update = try db.cachedStatement(sql: """
            UPDATE events SET num_mentions = num_mentions + ?, num_sentences = num_sentences + ?, num_documents = num_documents + ?
            WHERE id = ?
            """)
        // The batch counts its new events into the summaries itself (`SummaryTally`): the
        // insert trigger stands aside for the batch (`StoreSummaries.standAside`).
        var summaries = SummaryTally()
        for a in added {
            guard let new = a.new else {
                try update.execute(arguments: [a.mentions, a.sentences, a.documents, a.id])
                continue
            }
            let key = new.key
            insert.add(a.id); insert.add(key.date); insert.add(key.source); insert.add(key.target)
            insert.add(key.code); insert.add(new.root); insert.add(new.quad); insert.add(new.goldstein)
            insert.add(a.mentions); insert.add(a.sentences); insert.add(a.documents); insert.add(new.documentID)
            insert.add(ActorCode(key.source).indexKey); insert.add(ActorCode(key.target).indexKey)
            try insert.endRow()
            summaries.add(date: key.date, root: new.root, quad: new.quad, goldstein: new.goldstein,
                          source: key.source, target: key.target)
        }
        try insert.finish()
        try summaries.apply(db)
    }
}
