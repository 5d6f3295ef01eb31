/// The PostgreSQL store's tables: those of the SQLite store (`StoreSchema`), in PostgreSQL's
/// dialect, with these differences:
///
/// - `events` is partitioned by month of its date (`events_2023_09` …, made as events need them,
///   `PostgresPartitions`); its key is (id, date), as a partitioned table's keys hold the date;
/// - the text of sentences is searched through a `tsvector` column (Spanish or English stems after
///   the document's language, accents folded by `unaccent`) with a GIN index, not FTS5; as there,
///   only sentences that report an event have words in it (search finds events by their sentences);
/// - codes and dates compare byte by byte (`COLLATE "C"`), as in SQLite, whatever the database's locale;
/// - the indexes on `events` end with the id, as SQLite's end with the rowid, so that a sort
///   on a column then the id (how `EventQuery` breaks ties) comes from the index, partition by
///   partition, and a `LIMIT` stops early;
/// - the rows a document adds (sentences, mentions, quotes, places) carry no foreign keys: they
///   are written with their document in one transaction and never deleted apart (a stale
///   failure, the only document ever deleted, has none), and checking a key for every row took
///   as long as writing it;
/// - no summary tables: `stats` groups the events (counters updated by every worker would make
///   the workers wait for each other).
///
/// Each migration is a list of statements (PostgreSQL runs one statement per query with arguments),
/// applied once, in one transaction, by whichever process comes first (an advisory lock).
enum PostgresSchema {
    static let migrations: [(name: String, statements: [String])] = [
        ("v1", v1),
        // No index that no query reads (as SQLite's v9): actor mentions by code, places by country.
        ("v2-unread-indexes", ["DROP INDEX IF EXISTS actor_mentions_code", "DROP INDEX IF EXISTS places_country"]),
    ]

    static let code = "TEXT COLLATE \"C\" NOT NULL"

    static let v1 = [
        "CREATE EXTENSION IF NOT EXISTS unaccent",
        // unaccent() is only STABLE (its dictionary could change); an index needs an IMMUTABLE function.
        """
        CREATE OR REPLACE FUNCTION atalaya_unaccent(text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
        AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$
        """,
        """
        CREATE TABLE documents (
            id BIGSERIAL PRIMARY KEY, doc_id TEXT NOT NULL UNIQUE, content_hash TEXT NOT NULL, date TEXT,
            title TEXT, source TEXT, url TEXT, lang TEXT, origin TEXT NOT NULL, status TEXT NOT NULL, error TEXT,
            words INTEGER NOT NULL DEFAULT 0, ingested_at TEXT NOT NULL)
        """,
        "CREATE INDEX documents_hash ON documents(content_hash)",
        """
        CREATE TABLE sentences (
            id BIGSERIAL PRIMARY KEY, document_id BIGINT NOT NULL,
            number INTEGER NOT NULL, text TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL, tsv TSVECTOR NOT NULL)
        """,
        "CREATE INDEX sentences_document ON sentences(document_id)",
        "CREATE INDEX sentences_tsv ON sentences USING GIN (tsv)",
        """
        CREATE TABLE events (
            id BIGSERIAL, date \(code), source \(code), target \(code), code \(code), root \(code),
            quad INTEGER NOT NULL, goldstein DOUBLE PRECISION NOT NULL,
            num_mentions INTEGER NOT NULL DEFAULT 0, num_sentences INTEGER NOT NULL DEFAULT 0,
            num_documents INTEGER NOT NULL DEFAULT 0, first_document_id BIGINT,
            source_root TEXT COLLATE "C" NOT NULL DEFAULT '', target_root TEXT COLLATE "C" NOT NULL DEFAULT '',
            PRIMARY KEY (id, date), UNIQUE (date, source, target, code)) PARTITION BY RANGE (date)
        """,
        "CREATE INDEX events_source ON events(source, date, id)",
        "CREATE INDEX events_target ON events(target, date, id)",
        "CREATE INDEX events_code ON events(code, date, id)",
        "CREATE INDEX events_root ON events(root, date, id)",
        "CREATE INDEX events_quad ON events(quad, date, id)",
        "CREATE INDEX events_date ON events(date, id)",
        "CREATE INDEX events_source_root ON events(source_root, date, id)",
        "CREATE INDEX events_target_root ON events(target_root, date, id)",
        "CREATE INDEX events_quad_mentions ON events(quad, num_mentions, id)",
        "CREATE INDEX events_mentions ON events(num_mentions, id)",
        "CREATE INDEX events_dyad ON events(source, target, code, id)",
        // "--source ISRMIL --target PSE": the narrower side's range, the other side's country checked in the index.
        "CREATE INDEX events_source_target_root ON events(source, target_root, date, id)",
        "CREATE INDEX events_target_source_root ON events(target, source_root, date, id)",
        // "--source USA --code 19 --from … --to …": a country's events of one root in a period.
        "CREATE INDEX events_source_root_root ON events(source_root, root, date, id)",
        "CREATE INDEX events_target_root_root ON events(target_root, root, date, id)",
        """
        CREATE TABLE event_mentions (
            id BIGSERIAL PRIMARY KEY, event_id BIGINT NOT NULL,
            document_id BIGINT NOT NULL, sentence_id BIGINT NOT NULL,
            source_text TEXT NOT NULL, source_start INTEGER NOT NULL, source_end INTEGER NOT NULL,
            target_text TEXT, target_start INTEGER, target_end INTEGER,
            evidence TEXT NOT NULL, evidence_start INTEGER NOT NULL, evidence_end INTEGER NOT NULL,
            pattern TEXT NOT NULL, mode TEXT, date_precision TEXT NOT NULL,
            location_name TEXT, location_country TEXT, location_lat DOUBLE PRECISION, location_lon DOUBLE PRECISION)
        """,
        "CREATE INDEX event_mentions_event ON event_mentions(event_id)",
        "CREATE INDEX event_mentions_sentence ON event_mentions(sentence_id)",
        "CREATE INDEX event_mentions_country ON event_mentions(location_country)",
        """
        CREATE TABLE actor_mentions (
            id BIGSERIAL PRIMARY KEY, document_id BIGINT NOT NULL, sentence_id BIGINT NOT NULL,
            code TEXT NOT NULL, text TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL, kind TEXT NOT NULL)
        """,
        "CREATE INDEX actor_mentions_code ON actor_mentions(code)",
        """
        CREATE TABLE quotes (
            id BIGSERIAL PRIMARY KEY, document_id BIGINT NOT NULL, sentence_id BIGINT NOT NULL,
            speaker_code TEXT, speaker_text TEXT, text TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL)
        """,
        """
        CREATE TABLE places (
            id BIGSERIAL PRIMARY KEY, document_id BIGINT NOT NULL, sentence_id BIGINT NOT NULL,
            name TEXT NOT NULL, text TEXT NOT NULL, country TEXT NOT NULL, lat DOUBLE PRECISION, lon DOUBLE PRECISION)
        """,
        "CREATE INDEX places_country ON places(country)",
        """
        CREATE TABLE reviews (
            id BIGSERIAL PRIMARY KEY, document_id BIGINT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            sentence INTEGER NOT NULL, event_id BIGINT,
            verdict TEXT NOT NULL CHECK (verdict IN ('right', 'wrong', 'corrected', 'added')),
            code TEXT NOT NULL, source TEXT NOT NULL, target TEXT NOT NULL, reviewer TEXT NOT NULL, note TEXT,
            created_at TEXT NOT NULL)
        """,
        """
        CREATE TABLE feeds (
            url TEXT PRIMARY KEY, etag TEXT, last_modified TEXT, status INTEGER NOT NULL,
            checked_at TEXT NOT NULL, changed_at TEXT, items INTEGER NOT NULL DEFAULT 0)
        """,
    ]
}
