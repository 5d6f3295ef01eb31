import Atalaya
import Foundation
import GRDB

/// The embedded event store: an SQLite database (WAL mode) written in batches, one transaction
/// a batch, so a run killed at any moment leaves whole documents or none, and a rerun stores
/// what is missing and nothing twice.
///
/// ```swift
/// let store = try EventStore(path: "atalaya.db", cameo: lexicon.cameo)
/// let stored = try store.write([.coded(doc, origin: "news.jsonl:3", explicitID: true)])
/// ```
public final class EventStore: Sendable {
    public let pool: DatabasePool
    public let path: String
    /// Quad classes and Goldstein scores of the codes stored.
    public let cameo: CameoTable

    /// One document to store: coded, or failed with the reason.
    public enum Item: Sendable {
        case coded(Document, origin: String, explicitID: Bool)
        case failed(id: String?, content: String, origin: String, error: String)
    }

    /// What a batch did.
    public struct Outcome: Sendable {
        public var stored = 0
        public var skipped = 0
        public var failed = 0
        public var events = 0
    }

    public init(path: String, cameo: CameoTable) throws {
        self.path = path
        self.cameo = cameo
        var config = Configuration()
        config.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = NORMAL")  // WAL keeps it crash-safe
            try db.execute(sql: "PRAGMA foreign_keys = ON")
        }
        pool = try DatabasePool(path: path, configuration: config)
        try StoreSchema.migrator.migrate(pool)
    }

    /// The key that makes ingestion idempotent: the document's own id, else its content hash.
    public static func key(id: String?, content: String) -> (docID: String, hash: String) {
        let hash = ContentHash.of(content)
        return (id ?? "sha:" + hash, hash)
    }

    /// Whether a document is stored already (by its id, or its content when it has none).
    public func contains(id: String?, content: String) throws -> Bool {
        let key = Self.key(id: id, content: content)
        return try pool.read { db in
            try Bool.fetchOne(db, sql: "SELECT 1 FROM documents WHERE doc_id = ? OR (? AND content_hash = ?)",
                              arguments: [key.docID, id == nil, key.hash]) ?? false
        }
    }

    /// Stores a batch in one transaction.
    @discardableResult
    public func write(_ items: [Item]) throws -> Outcome {
        try pool.write { db in
            var outcome = Outcome()
            for item in items {
                switch item {
                case let .coded(doc, origin, explicitID):
                    if let n = try store(doc, origin: origin, explicitID: explicitID, db) {
                        outcome.stored += 1
                        outcome.events += n
                    } else {
                        outcome.skipped += 1
                    }
                case let .failed(id, content, origin, error):
                    let key = Self.key(id: id, content: content)
                    try db.cachedStatement(sql: """
                        INSERT OR IGNORE INTO documents (doc_id, content_hash, origin, status, error, ingested_at)
                        VALUES (?, ?, ?, 'failed', ?, datetime('now'))
                        """).execute(arguments: [key.docID, key.hash, origin, error])
                    if db.changesCount > 0 { outcome.failed += 1 } else { outcome.skipped += 1 }
                }
            }
            return outcome
        }
    }

    /// Stores one coded document; nil when it was stored before.
    func store(_ doc: Document, origin: String, explicitID: Bool, _ db: Database) throws -> Int? {
        let key = Self.key(id: explicitID ? doc.id : nil, content: doc.text)
        if !explicitID, try Bool.fetchOne(db, sql: "SELECT 1 FROM documents WHERE content_hash = ?", arguments: [key.hash]) == true {
            return nil
        }
        let words = doc.tokens.reduce(0) { $0 + ($1.kind == .word ? 1 : 0) }
        try db.cachedStatement(sql: """
            INSERT OR IGNORE INTO documents (doc_id, content_hash, date, title, source, url, lang, origin, status, words, ingested_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'coded', ?, datetime('now'))
            """).execute(arguments: [key.docID, key.hash, doc.date.description, doc.title, doc.source, doc.url, doc.lang,
                                     origin, words])
        guard db.changesCount > 0 else { return nil }
        let documentID = db.lastInsertedRowID
        let cp = CodePointIndex(doc.bytes)
        func cpStart(_ r: Range<Int>) -> Int { cp.codePoint(Int(doc.tokens[r.lowerBound].start)) }
        func cpEnd(_ r: Range<Int>) -> Int { cp.codePoint(Int(doc.tokens[r.upperBound - 1].end)) }

        var sentenceIDs = [Int64]()
        let insertSentence = try db.cachedStatement(sql: "INSERT INTO sentences (document_id, number, text, start, \"end\") VALUES (?, ?, ?, ?, ?)")
        let insertFTS = try db.cachedStatement(sql: "INSERT INTO sentences_fts (rowid, text) VALUES (?, ?)")
        for (i, s) in doc.sentences.enumerated() {
            let text = doc.string(Int(s.start), Int(s.end))
            try insertSentence.execute(arguments: [documentID, i + 1, text, cp.codePoint(Int(s.start)), cp.codePoint(Int(s.end))])
            let id = db.lastInsertedRowID
            sentenceIDs.append(id)
            try insertFTS.execute(arguments: [id, text])
        }
        let insertActor = try db.cachedStatement(sql: """
            INSERT INTO actor_mentions (document_id, sentence_id, code, text, start, "end", kind) VALUES (?, ?, ?, ?, ?, ?, ?)
            """)
        for m in doc.mentions {
            for a in m.actors where !a.code.isEmpty {
                try insertActor.execute(arguments: [documentID, sentenceIDs[m.sentence], a.code, doc.string(tokens: a.tokens),
                                                    cpStart(a.tokens), cpEnd(a.tokens), "\(m.kind)"])
            }
        }
        let insertQuote = try db.cachedStatement(sql: """
            INSERT INTO quotes (document_id, sentence_id, speaker_code, speaker_text, text, start, "end") VALUES (?, ?, ?, ?, ?, ?, ?)
            """)
        for q in doc.quotes {
            try insertQuote.execute(arguments: [documentID, sentenceIDs[q.sentence], q.speaker?.code,
                                                q.speaker.map { doc.string(tokens: $0.tokens) }, doc.string(q.start, q.end),
                                                cp.codePoint(q.start), cp.codePoint(q.end)])
        }
        let insertPlace = try db.cachedStatement(sql: """
            INSERT INTO places (document_id, sentence_id, name, text, country, lat, lon) VALUES (?, ?, ?, ?, ?, ?, ?)
            """)
        for p in doc.places {
            try insertPlace.execute(arguments: [documentID, sentenceIDs[p.sentence], p.place.name, doc.string(tokens: p.tokens),
                                                p.place.country, p.place.lat, p.place.lon])
        }
        return try storeEvents(doc, documentID: documentID, sentenceIDs: sentenceIDs, cp: cp, db)
    }
}
