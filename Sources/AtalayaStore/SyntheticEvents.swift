import Atalaya
import GRDB

/// Rows of a synthetic store for benchmarks (`atalaya bench --store`): events with random
/// dates over two years, actors among 30 countries and 10 agents, codes from the CAMEO table,
/// and one mention each in one document, at one of 500 places.
struct SyntheticEvents {
    let cameo: CameoTable
    static let countries = ["USA", "RUS", "CHN", "UKR", "ISR", "PSE", "IRN", "IRQ", "SYR", "COL", "VEN", "MEX", "BRA", "ARG", "FRA",
                            "DEU", "GBR", "ESP", "TUR", "PRK", "KOR", "JPN", "IND", "PAK", "AFG", "EGY", "SAU", "NGA", "ZAF", "CUB"]
    static let agents = ["", "GOV", "MIL", "COP", "REB", "OPP", "CVL", "JUD", "LEG", "MED"]
    static let places = 500

    /// Inserts `count` events (fewer when two draws collide on date, actors and code) and their mentions.
    func insert(_ count: Int, _ db: Database, _ random: inout SeededRandom) throws {
        let text = "A synthetic sentence of the benchmark store."
        try db.execute(sql: """
            INSERT INTO documents (doc_id, content_hash, date, origin, status, words, ingested_at)
            VALUES ('synthetic', 'synthetic', '2024-01-01', 'bench', 'coded', 7, datetime('now'));
            INSERT INTO sentences (document_id, number, text, start, "end") VALUES (last_insert_rowid(), 0, ?, 0, ?);
            """, arguments: [text, text.count])
        let sentence = db.lastInsertedRowID
        let document = try Int64.fetchOne(db, sql: "SELECT document_id FROM sentences WHERE id = ?", arguments: [sentence])!
        let event = try db.makeStatement(sql: """
            INSERT OR IGNORE INTO events (date, source, target, code, root, quad, goldstein, num_mentions, num_sentences, num_documents,
                first_document_id, source_root, target_root)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        let mention = try db.makeStatement(sql: """
            INSERT INTO event_mentions (event_id, document_id, sentence_id, source_text, source_start, source_end, target_text,
                target_start, target_end, evidence, evidence_start, evidence_end, pattern, mode, date_precision,
                location_name, location_country, location_lat, location_lon)
            VALUES (?, ?, ?, 'A', 0, 1, 'synthetic', 2, 11, 'sentence', 12, 20, 'bench', NULL, 'day', ?, ?, ?, ?)
            """)
        let codes = cameo.all.map(\.code)
        let start = Day(parsing: "2024-01-01")!
        for _ in 0..<count {
            let code = codes[random.next(below: codes.count)]
            let info = cameo.info(code)
            let n = 1 + random.next(below: 5)
            let source = actor(&random), target = actor(&random)
            try event.execute(arguments: [start.adding(days: random.next(below: 730)).description, source.description, target.description,
                                          code, String(code.prefix(2)), info?.quad ?? 1, info?.goldstein ?? 0, n, n, 1 + random.next(below: n),
                                          document, source.indexKey, target.indexKey])
            guard db.changesCount > 0 else { continue }
            let place = random.next(below: Self.places)
            try mention.execute(arguments: [db.lastInsertedRowID, document, sentence, "Place \(place)",
                                            Self.countries[place % Self.countries.count],
                                            Double(place % 140) - 60 + 0.5, Double(place * 7 % 340) - 170 + 0.5])
        }
    }

    func actor(_ random: inout SeededRandom) -> ActorCode {
        ActorCode(root: Self.countries[random.next(below: Self.countries.count)],
                  parts: [Self.agents[random.next(below: Self.agents.count)]])
    }
}
