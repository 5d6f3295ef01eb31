import Atalaya
import Foundation
import GRDB

/// The embedded event store: an SQLite database (WAL mode) written in batches, one transaction
/// a batch, so a run killed at any moment leaves whole documents or none, and a rerun stores
/// what is missing and nothing twice. Several writers (two `atalaya ingest` at once) take turns:
/// each waits up to `busyTimeout` for the other's transaction.
///
/// ```swift
/// let store = try EventStore(path: "atalaya.db", cameo: lexicon.cameo)
/// let stored = try store.write([.coded(doc, origin: "news.jsonl:3", explicitID: true)])
/// let reader = try EventStore(path: "atalaya.db", cameo: lexicon.cameo, access: .read)  // queries
/// ```
public final class EventStore: Sendable {
    /// A pool (writers) or a read-only connection (queries).
    public let database: any DatabaseWriter
    public let path: String
    /// Quad classes and Goldstein scores of the codes stored.
    public let cameo: CameoTable
    /// A writer's connection for `contains` (ingest asks once per document read).
    private let lookups: LookupConnection?

    /// How long a writer waits for another's transaction before giving up, in seconds.
    public static let busyTimeout: TimeInterval = 60

    /// `.write` creates the store when missing and migrates it; `.read` never writes, and
    /// refuses a missing file rather than creating one.
    public enum Access: Sendable { case write, read }

    /// Opens (or, for `.write`, creates) the store; throws `StoreError` for a missing store
    /// (`.read`), a file that is not a store, or a database SQLite cannot open.
    public init(path: String, cameo: CameoTable, access: Access = .write) throws {
        self.path = path
        self.cameo = cameo
        lookups = access == .write ? LookupConnection(path: path) : nil
        let deadline = Date().addingTimeInterval(Self.busyTimeout)
        var pause: UInt32 = 10_000
        while true {
            do {
                database = try Self.open(path, access: access)
                return
            } catch let error as DatabaseError where Self.isBusy(error) && Date() < deadline {
                // SQLite does not call the busy handler while another connection switches a new
                // file to WAL or recovers it, so a writer starting beside another one retries here.
                usleep(pause + UInt32.random(in: 0..<pause))
                pause = min(pause * 2, 200_000)
            } catch let error as DatabaseError {
                throw StoreError.cannotOpen(path: path, reason: error.message ?? "\(error.resultCode)")
            }
        }
    }

    /// Whether SQLite refused because another connection holds a lock (worth waiting for).
    static func isBusy(_ error: DatabaseError) -> Bool {
        [.SQLITE_BUSY, .SQLITE_LOCKED].contains(error.resultCode)
    }

    /// Inspects the file, then opens it as `access` allows; SQLite's errors pass through.
    private static func open(_ path: String, access: Access) throws -> any DatabaseWriter {
        let file = try StoreFile.inspect(path, migrations: StoreSchema.migrator.migrations)
        switch (access, file) {
        case (.read, .absent): throw StoreError.missing(path: path)
        case (.read, .empty): throw StoreError.notAStore(path: path, reason: "no tables")
        case (.read, .store(migrated: true)): return try readOnly(path)
        case (.read, .store(migrated: false)) where !FileManager.default.isWritableFile(atPath: path):
            throw StoreError.cannotOpen(path: path, reason: "made by an older atalaya and read-only: run atalaya ingest on a copy")
        case (.read, .store(migrated: false)), (.write, _): return try writer(path)
        }
    }

    /// Read-only connections: a pool of readers, so a server's requests read side by side. A WAL
    /// database needs its `-shm` file: where that cannot be created (a read-only folder), the file
    /// is opened as immutable, with one connection, as nobody can write it either.
    ///
    /// ```swift
    /// let one = try EventStore.readOnly("events.db", readers: 1)  // every read on the same connection
    /// ```
    public static func readOnly(_ path: String, readers: Int = max(2, ProcessInfo.processInfo.activeProcessorCount)) throws -> any DatabaseWriter {
        var config = Configuration()
        config.readonly = true
        config.busyMode = .timeout(busyTimeout)
        config.maximumReaderCount = readers
        do {
            let pool = try DatabasePool(path: path, configuration: config)
            _ = try pool.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM sqlite_master") }
            return pool
        } catch let error as DatabaseError where [.SQLITE_READONLY, .SQLITE_CANTOPEN].contains(error.resultCode) {
            let folder = (path as NSString).deletingLastPathComponent
            guard !FileManager.default.isWritableFile(atPath: folder.isEmpty ? "." : folder) else { throw error }
            let escaped = path.addingPercentEncoding(withAllowedCharacters: CharacterSet.urlPathAllowed.subtracting(.init(charactersIn: "?#%")))
            return try DatabaseQueue(path: "file:\(escaped ?? path)?immutable=1", configuration: config)
        }
    }

    /// A pool that creates and migrates the store. Two processes starting on a new file race to
    /// migrate it: the loser's migration fails (the tables exist) and it looks again.
    static func writer(_ path: String) throws -> DatabasePool {
        var config = Configuration()
        config.busyMode = .timeout(busyTimeout)
        config.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = NORMAL")  // WAL keeps it crash-safe
            try db.execute(sql: "PRAGMA foreign_keys = ON")
            // A batch's statements keep statement journals (to undo a statement that fails),
            // which SQLite spills to a temporary file past 64 KiB: 27,000 page writes, system
            // calls each, in an ingest of 2,000 articles. In memory they cost a copy; they are
            // never read after a crash.
            try db.execute(sql: "PRAGMA temp_store = MEMORY")
            // A batch dirties more pages than the default 2 MB cache holds, so it spilled pages to
            // the WAL before its commit and read them back: 32 MB holds a batch.
            try db.execute(sql: "PRAGMA cache_size = -32768")
        }
        let pool = try DatabasePool(path: path, configuration: config)
        let migrator = StoreSchema.migrator
        var attempt = 0
        while true {
            do {
                try migrator.migrate(pool)
                return pool
            } catch {
                if try pool.read({ try migrator.hasCompletedMigrations($0) }) { return pool }
                attempt += 1
                if attempt > 2 * migrator.migrations.count + 2 { throw error }
                usleep(50_000)
            }
        }
    }

    /// Reads in one transaction; SQLite's errors become `StoreError.failed`, one line each.
    public func reading<T>(_ body: (Database) throws -> T) throws -> T {
        do { return try database.read(body) } catch let error as DatabaseError {
            throw StoreError.failed(path: path, reason: error.message ?? "\(error.resultCode)")
        }
    }

    /// Writes in one transaction, waiting for other writers; errors as `reading`.
    func writing<T>(_ body: (Database) throws -> T) throws -> T {
        do { return try database.write(body) } catch let error as DatabaseError {
            throw StoreError.failed(path: path, reason: error.message ?? "\(error.resultCode)")
        }
    }

    /// Writes in one transaction as `writing` does, without SQLite's foreign-key checks: for a
    /// batch, whose rows refer only to rows it has just inserted or found (a lookup of the parent
    /// row per row and reference was an eighth of the writing thread's work). The deletes a batch
    /// makes (stale `failed` documents) have no rows referring to them. The checks are back on
    /// for whatever the connection runs next.
    func writingUnchecked<T>(_ body: (Database) throws -> T) throws -> T {
        do {
            return try database.writeWithoutTransaction { db in
                // SQLite ignores this pragma inside a transaction: it is set before the transaction begins.
                try db.execute(sql: "PRAGMA foreign_keys = OFF")
                defer { try? db.execute(sql: "PRAGMA foreign_keys = ON") }
                var result: T?
                // IMMEDIATE: the batch gives ids after the largest stored (`BatchInserts`,
                // `EventTally`), so it holds the write lock from its first read.
                try db.inTransaction(.immediate) {
                    result = try body(db)
                    return .commit
                }
                return result!
            }
        } catch let error as DatabaseError {
            throw StoreError.failed(path: path, reason: error.message ?? "\(error.resultCode)")
        }
    }

    /// Whether a document is stored already (by its id, or its content when it has none).
    public func contains(id: String?, content: String) throws -> Bool {
        try contains(DocumentKey(id: id, content: content))
    }

    /// Whether the document of `key` is stored already. Asked once per document read: the
    /// statement is prepared once per connection, and runs outside a transaction (one SELECT
    /// reads a consistent state on its own), where a `read` would begin and end one each time.
    public func contains(_ key: DocumentKey) throws -> Bool {
        do {
            return try lookup { db in
                if key.byContent {
                    let statement = try db.cachedStatement(sql: "SELECT 1 FROM documents WHERE doc_id = ? OR content_hash = ?")
                    return try Bool.fetchOne(statement, arguments: [key.docID, key.hash]) ?? false
                }
                let statement = try db.cachedStatement(sql: "SELECT 1 FROM documents WHERE doc_id = ?")
                return try Bool.fetchOne(statement, arguments: [key.docID]) ?? false
            }
        } catch let error as DatabaseError {
            throw StoreError.failed(path: path, reason: error.message ?? "\(error.resultCode)")
        }
    }

    /// Runs a single-statement read on a writer's own lookup connection, else on the pool.
    private func lookup<T>(_ body: (Database) throws -> T) throws -> T {
        if let lookups { return try lookups.read(body) }
        return try database.unsafeRead(body)
    }

    /// Stores a batch in one transaction.
    @discardableResult
    public func write(_ items: [StoreItem]) throws -> StoreOutcome {
        try write(PreparedBatch(items))
    }

    /// Stores a batch, its rows extracted already, in one transaction.
    func write(_ batch: PreparedBatch) throws -> StoreOutcome {
        try writingUnchecked { db in
            var outcome = StoreOutcome()
            var tally = try EventTally(db)
            var inserts = try BatchInserts(db)
            var places = PlaceTally()
            // The batch counts its own rows into the summaries; the insert triggers are made again
            // before it commits (a failed batch rolls back their removal too).
            try StoreSummaries.standAside(db)
            for (item, coded) in zip(batch.items, batch.coded) {
                switch item {
                case let .coded(doc, origin, _):
                    // A prepared batch holds the key and rows of every coded item.
                    if let n = try store(doc, origin: origin, coded!, tally: &tally, inserts: &inserts, places: &places, db) {
                        outcome.stored += 1
                        outcome.mentions += n
                    } else {
                        outcome.skipped += 1
                    }
                case let .failed(id, content, origin, error):
                    // The latest error of a document still failing replaces the one recorded before.
                    let key = DocumentKey(id: id, content: content)
                    try db.cachedStatement(sql: """
                        INSERT INTO documents (doc_id, content_hash, origin, status, error, ingested_at)
                        VALUES (?, ?, ?, 'failed', ?, datetime('now'))
                        ON CONFLICT(doc_id) DO UPDATE SET error = excluded.error, ingested_at = excluded.ingested_at
                        WHERE status = 'failed'
                        """).execute(arguments: [key.docID, key.hash, origin, error])
                    outcome.failed += 1
                case let .finished(file, stillFailing):
                    try removeStaleFailures(file: file, keeping: stillFailing, db)
                }
            }
            try inserts.finish()
            try tally.apply(db)
            try places.apply(db)
            try StoreSummaries.restore(db)
            // The batch's sentences are indexed last, in one statement: FTS5 flushes its pending
            // terms to a new segment at every statement savepoint (each insert of rows opens one), so
            // indexing them document by document wrote (and merged) a segment per document.
            // Only the sentences that report an event: a search finds events by their sentences
            // (`SQLDialect.searchClause`), so no other sentence could ever be found, and they were
            // two thirds of the text and of the cost of the index.
            try db.execute(sql: """
                INSERT INTO sentences_fts (rowid, text) SELECT id, text FROM sentences s
                WHERE id >= ? AND EXISTS (SELECT 1 FROM event_mentions m WHERE m.sentence_id = s.id) ORDER BY id
                """, arguments: [inserts.firstSentenceID])
            outcome.events = tally.inserted
            return outcome
        }
    }

    /// Deletes the `failed` rows of a file (origin `file` or `file:line`) that are not failing any more.
    func removeStaleFailures(file: String, keeping: Set<String>, _ db: Database) throws {
        let like = file.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%")
            .replacingOccurrences(of: "_", with: "\\_") + ":%"
        let rows = try String.fetchAll(db, sql: """
            SELECT origin FROM documents WHERE status = 'failed' AND (origin = ? OR origin LIKE ? ESCAPE '\\')
            """, arguments: [file, like])
        // LIKE ignores ASCII case: the prefix is checked again exactly.
        for origin in rows where (origin == file || origin.hasPrefix(file + ":")) && !keeping.contains(origin) {
            try db.execute(sql: "DELETE FROM documents WHERE status = 'failed' AND origin = ?", arguments: [origin])
        }
    }

    /// Stores one coded document; nil when it was stored before, else the event mentions added.
    func store(_ doc: Document, origin: String, _ coded: PreparedBatch.Coded, tally: inout EventTally,
               inserts: inout BatchInserts, places: inout PlaceTally, _ db: Database) throws -> Int? {
        let (key, rows) = (coded.key, coded.rows)
        if key.byContent,
           try Bool.fetchOne(db.cachedStatement(sql: "SELECT 1 FROM documents WHERE content_hash = ?"), arguments: [key.hash]) == true {
            return nil
        }
        try db.cachedStatement(sql: """
            INSERT OR IGNORE INTO documents (doc_id, content_hash, date, title, source, url, lang, origin, status, words, ingested_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'coded', ?, datetime('now'))
            """).execute(arguments: [key.docID, key.hash, doc.date.description, doc.title, doc.source, doc.url, doc.lang,
                                     origin, rows.words])
        guard db.changesCount > 0 else { return nil }
        let documentID = db.lastInsertedRowID
        let eventIDs = try tally.count(rows.events, documentID: documentID, cameo: cameo, db)
        try places.count(rows.events, eventIDs: eventIDs, db)
        try inserts.add(rows, documentID: documentID, eventIDs: eventIDs)
        return rows.events.reduce(0) { $0 + $1.mentions.count }
    }
}
