import GRDB

/// The store's tables, created and evolved by migrations (GRDB's `DatabaseMigrator`).
///
/// - `documents`: one row per input document, coded or failed (with its error);
/// - `sentences`, and the FTS5 index `sentences_fts` over the text of those that report an event
///   (a search finds events by their sentences);
/// - `events`: one row per distinct (date, source, target, code), with GDELT-style counts;
/// - `event_mentions`: each time a sentence reports an event, with its evidence;
/// - `actor_mentions`, `quotes`, `places`: what the coder found in each sentence;
/// - `reviews`: analysts' verdicts on events (right, wrong, corrected) and events they added;
/// - `event_days`, `event_dyads`, `event_actors`, `event_places`: counts kept by triggers and by
///   ingest's batches (`StoreSummaries`, `SummaryTally`);
/// - `feeds`: the validators (ETag, Last-Modified) `atalaya watch` last got from each feed.
enum StoreSchema {
    static var migrator: DatabaseMigrator {
        var m = DatabaseMigrator()
        m.registerMigration("v1") { db in
            try db.execute(sql: """
                CREATE TABLE documents (
                    id INTEGER PRIMARY KEY,
                    doc_id TEXT NOT NULL UNIQUE,
                    content_hash TEXT NOT NULL,
                    date TEXT,
                    title TEXT, source TEXT, url TEXT, lang TEXT,
                    origin TEXT NOT NULL,
                    status TEXT NOT NULL,
                    error TEXT,
                    words INTEGER NOT NULL DEFAULT 0,
                    ingested_at TEXT NOT NULL
                );
                CREATE INDEX documents_hash ON documents(content_hash);
                CREATE TABLE sentences (
                    id INTEGER PRIMARY KEY,
                    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
                    number INTEGER NOT NULL,
                    text TEXT NOT NULL,
                    start INTEGER NOT NULL,
                    "end" INTEGER NOT NULL
                );
                CREATE INDEX sentences_document ON sentences(document_id);
                CREATE VIRTUAL TABLE sentences_fts USING fts5(
                    text, content='sentences', content_rowid='id', tokenize='unicode61 remove_diacritics 2'
                );
                CREATE TABLE events (
                    id INTEGER PRIMARY KEY,
                    date TEXT NOT NULL,
                    source TEXT NOT NULL,
                    target TEXT NOT NULL,
                    code TEXT NOT NULL,
                    root TEXT NOT NULL,
                    quad INTEGER NOT NULL,
                    goldstein REAL NOT NULL,
                    num_mentions INTEGER NOT NULL DEFAULT 0,
                    num_sentences INTEGER NOT NULL DEFAULT 0,
                    num_documents INTEGER NOT NULL DEFAULT 0,
                    first_document_id INTEGER,
                    UNIQUE(date, source, target, code)
                );
                CREATE INDEX events_source ON events(source, date);
                CREATE INDEX events_target ON events(target, date);
                CREATE INDEX events_code ON events(code, date);
                CREATE INDEX events_root ON events(root, date);
                CREATE INDEX events_quad ON events(quad, date);
                CREATE INDEX events_date ON events(date);
                CREATE TABLE event_mentions (
                    id INTEGER PRIMARY KEY,
                    event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
                    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
                    sentence_id INTEGER NOT NULL REFERENCES sentences(id) ON DELETE CASCADE,
                    source_text TEXT NOT NULL, source_start INTEGER NOT NULL, source_end INTEGER NOT NULL,
                    target_text TEXT, target_start INTEGER, target_end INTEGER,
                    evidence TEXT NOT NULL, evidence_start INTEGER NOT NULL, evidence_end INTEGER NOT NULL,
                    pattern TEXT NOT NULL,
                    mode TEXT,
                    date_precision TEXT NOT NULL,
                    location_name TEXT, location_country TEXT, location_lat REAL, location_lon REAL
                );
                CREATE INDEX event_mentions_event ON event_mentions(event_id);
                CREATE INDEX event_mentions_sentence ON event_mentions(sentence_id);
                CREATE INDEX event_mentions_country ON event_mentions(location_country);
                CREATE TABLE actor_mentions (
                    id INTEGER PRIMARY KEY,
                    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
                    sentence_id INTEGER NOT NULL REFERENCES sentences(id) ON DELETE CASCADE,
                    code TEXT NOT NULL, text TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL, kind TEXT NOT NULL
                );
                CREATE INDEX actor_mentions_code ON actor_mentions(code);
                CREATE TABLE quotes (
                    id INTEGER PRIMARY KEY,
                    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
                    sentence_id INTEGER NOT NULL REFERENCES sentences(id) ON DELETE CASCADE,
                    speaker_code TEXT, speaker_text TEXT, text TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL
                );
                CREATE TABLE places (
                    id INTEGER PRIMARY KEY,
                    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
                    sentence_id INTEGER NOT NULL REFERENCES sentences(id) ON DELETE CASCADE,
                    name TEXT NOT NULL, text TEXT NOT NULL, country TEXT NOT NULL, lat REAL, lon REAL
                );
                CREATE INDEX places_country ON places(country);
                """)
        }
        // Country (or organisation) parts of the actors, so the common "all of Russia" queries use
        // an equality on an index; and indexes for sorting by mentions.
        m.registerMigration("v2-actor-roots") { db in
            try db.execute(sql: """
                ALTER TABLE events ADD COLUMN source_root TEXT NOT NULL DEFAULT '';
                ALTER TABLE events ADD COLUMN target_root TEXT NOT NULL DEFAULT '';
                UPDATE events SET source_root = substr(source, 1, 3), target_root = substr(target, 1, 3);
                CREATE INDEX events_source_root ON events(source_root, date);
                CREATE INDEX events_target_root ON events(target_root, date);
                CREATE INDEX events_quad_mentions ON events(quad, num_mentions);
                CREATE INDEX events_mentions ON events(num_mentions);
                """)
        }
        // Analysts' verdicts on events, and events they add, for gold sets (`atalaya export --format gold`).
        m.registerMigration("v3-reviews") { db in
            try db.execute(sql: """
                CREATE TABLE reviews (
                    id INTEGER PRIMARY KEY,
                    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
                    sentence INTEGER NOT NULL,
                    event_id INTEGER REFERENCES events(id) ON DELETE SET NULL,
                    verdict TEXT NOT NULL CHECK (verdict IN ('right', 'wrong', 'corrected', 'added')),
                    code TEXT NOT NULL, source TEXT NOT NULL, target TEXT NOT NULL,
                    reviewer TEXT NOT NULL, note TEXT, created_at TEXT NOT NULL
                );
                CREATE INDEX reviews_document ON reviews(document_id);
                CREATE INDEX reviews_event ON reviews(event_id);
                """)
        }
        // Counts per day, dyad, actor and place, kept by triggers (see `StoreSummaries`).
        m.registerMigration("v4-summaries") { db in try StoreSummaries.create(db) }
        // What `atalaya watch` last heard from each feed, for conditional requests.
        m.registerMigration("v5-feeds") { db in
            try db.execute(sql: """
                CREATE TABLE feeds (
                    url TEXT PRIMARY KEY, etag TEXT, last_modified TEXT, status INTEGER NOT NULL,
                    checked_at TEXT NOT NULL, changed_at TEXT, items INTEGER NOT NULL DEFAULT 0
                );
                """)
        }
        // Leaner writes. The full-text index without the per-sentence token counts
        // (`columnsize=0`): only BM25 ranking reads them, which the store never asks for, and they
        // were a row more per sentence. Segments merged 16 at a time rather than 4: each batch
        // adds a segment, and merging them four by four rewrote the index three times as often
        // (searches read a few more segments). No index on `events(date)` alone: the unique index on
        // (date, source, target, code) serves the same lookups, and each index is a write more
        // per new event.
        m.registerMigration("v6-leaner-writes") { db in
            try db.execute(sql: """
                DROP INDEX events_date;
                DROP TABLE sentences_fts;
                \(ftsTable)
                INSERT INTO sentences_fts (sentences_fts) VALUES ('rebuild');
                INSERT INTO sentences_fts (sentences_fts, rank) VALUES ('automerge', 16);
                """)
        }
        // The indexes that lead with one actor (or a root) also hold the other side's country (or
        // the root): a query on both (`--source USA --code 19`, `--source ISRMIL --target PSE`)
        // checks the second in the index and reads only the rows that match, where it read every
        // row of the first (10 M events: 266 ms → about 20 ms). No index more to write per event.
        m.registerMigration("v7-wider-indexes") { db in
            try db.execute(sql: """
                DROP INDEX IF EXISTS events_source; CREATE INDEX events_source ON events(source, date, target_root);
                DROP INDEX IF EXISTS events_target; CREATE INDEX events_target ON events(target, date, source_root);
                DROP INDEX IF EXISTS events_source_root; CREATE INDEX events_source_root ON events(source_root, date, root);
                DROP INDEX IF EXISTS events_target_root; CREATE INDEX events_target_root ON events(target_root, date, root);
                DROP INDEX IF EXISTS events_root; CREATE INDEX events_root ON events(root, date, source_root, target_root);
                """)
        }
        // A batch of ingest counts its new events into the summaries itself, once per day, dyad
        // and actor, while the insert trigger stands aside (`SummaryTally`).
        m.registerMigration("v8-summaries-by-batch") { db in
            try db.execute(sql: """
                CREATE TABLE IF NOT EXISTS summaries_deferred (flag INTEGER);
                DROP TRIGGER events_summaries_insert;
                CREATE TRIGGER events_summaries_insert AFTER INSERT ON events WHEN NOT EXISTS (SELECT 1 FROM summaries_deferred)
                  BEGIN \(StoreSummaries.change("NEW", 1)) END;
                """)
        }
        // Leaner ingest:
        // - No index that no query reads: nothing looks actor mentions up by code (the actors API
        //   matches their text, a scan either way) nor places by country (the map reads
        //   `event_places`). Each was a write per row, a twentieth of what ingest cost. A user's
        //   own SQL that needs one can create it.
        // - A batch drops the insert triggers inside its transaction (`StoreSummaries.standAside`)
        //   rather than flag them off: a trigger that stands aside still ran for every row.
        m.registerMigration("v9-leaner-ingest") { db in
            try db.execute(sql: """
                DROP INDEX IF EXISTS actor_mentions_code;
                DROP INDEX IF EXISTS places_country;
                DROP TABLE summaries_deferred;
                DROP TRIGGER events_summaries_insert;
                \(StoreSummaries.insertTrigger)
                """)
        }
        return m
    }

    /// The full-text index over `sentences.text` (its content read from there): accents and
    /// case folded.
    static let ftsTable = """
        CREATE VIRTUAL TABLE sentences_fts USING fts5(
            text, content='sentences', content_rowid='id', tokenize='unicode61 remove_diacritics 2', columnsize=0
        );
        """
}
