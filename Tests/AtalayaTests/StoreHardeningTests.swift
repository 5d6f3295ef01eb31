import Atalaya
import AtalayaStore
import Foundation
import GRDB
import XCTest

/// Hostile and careless input to the store (issue 8): special files, concurrent writers, search
/// syntax, LIKE wildcards, missing dates, NUL characters, stale failures, spreadsheet formulas.
final class StoreHardeningTests: XCTestCase {
    var dir: URL!

    override func setUpWithError() throws {
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("atalaya-hard-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("news"), withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: dir) }

    func path(_ name: String) -> String { dir.appendingPathComponent(name).path }

    func write(_ name: String, _ text: String) throws {
        try text.write(to: dir.appendingPathComponent(name), atomically: true, encoding: .utf8)
    }

    func store(_ name: String = "t.db") throws -> EventStore {
        try EventStore(path: path(name), cameo: Shared.lexicon.cameo)
    }

    func ingest(_ store: EventStore, _ paths: [String], dateGiven: Bool = true) throws -> Ingester.Progress {
        var ingester = Ingester(coder: Shared.coder, store: store, defaultDate: Shared.day)
        ingester.batchSize = 2
        ingester.dateGiven = dateGiven
        return try ingester.run(paths: paths) { _ in }
    }

    func count(_ store: EventStore, _ sql: String) throws -> Int { try store.database.read { try Int.fetchOne($0, sql: sql) ?? -1 } }

    // 4. A FIFO in a folder hung the walk (opening it blocks): skipped, reported, counted.
    func testFIFOInAFolderIsSkippedAndReported() throws {
        try write("news/a.txt", "Rusia impuso sanciones a Ucrania.")
        XCTAssertEqual(mkfifo(path("news/pipe"), 0o600), 0)
        let s = try store()
        let p = try ingest(s, [path("news")])
        XCTAssertEqual(p.stored, 1)
        XCTAssertEqual(p.failed, 1)
        XCTAssertEqual(p.failures, ["\(path("news/pipe")): not a regular file: skipped"])
        XCTAssertEqual(p.documents, p.stored + p.skipped + p.failed)
    }

    // 6. Two writers at once on a new store take turns; every document is stored once.
    func testTwoWritersOnThreadsStoreEveryDocumentOnce() throws {
        let lines = (0..<40).map { #"{"id":"n\#($0)","date":"2023-09-13","text":"Rusia negoció un acuerdo con China número \#($0)."}"# }
        try write("news/a.jsonl", lines.joined(separator: "\n"))
        let db = path("c.db")
        let input = path("news/a.jsonl")
        let results = Results()
        DispatchQueue.concurrentPerform(iterations: 2) { _ in
            do {
                let s = try EventStore(path: db, cameo: Shared.lexicon.cameo)
                var ingester = Ingester(coder: Shared.coder, store: s, defaultDate: Shared.day)
                ingester.batchSize = 3
                results.add(try ingester.run(paths: [input]) { _ in }.stored)
            } catch { results.add(error: "\(error)") }
        }
        XCTAssertEqual(results.errors, [])
        XCTAssertEqual(results.stored, 40)
        let s = try store("c.db")
        XCTAssertEqual(try count(s, "SELECT COUNT(*) FROM documents"), 40)
        XCTAssertEqual(try count(s, "SELECT COUNT(DISTINCT doc_id) FROM documents WHERE status = 'coded'"), 40)
    }

    // 7. Queries never create, migrate or switch a file to WAL.
    func testReadAccessRefusesMissingAndForeignFilesWritingNothing() throws {
        XCTAssertThrowsError(try EventStore(path: path("typo.db"), cameo: Shared.lexicon.cameo, access: .read)) { error in
            guard case StoreError.missing = error else { return XCTFail("\(error)") }
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: path("typo.db")))
        let foreign = try DatabaseQueue(path: path("other.db"))
        try foreign.write { try $0.execute(sql: "CREATE TABLE notes (x TEXT); INSERT INTO notes VALUES ('mine')") }
        try foreign.close()
        let before = try Data(contentsOf: dir.appendingPathComponent("other.db"))
        for access in [EventStore.Access.write, .read] {
            XCTAssertThrowsError(try EventStore(path: path("other.db"), cameo: Shared.lexicon.cameo, access: access)) { error in
                guard case StoreError.notAStore = error else { return XCTFail("\(error)") }
                XCTAssertFalse("\(error)".contains("\n"))
            }
        }
        XCTAssertEqual(try Data(contentsOf: dir.appendingPathComponent("other.db")), before)
        XCTAssertFalse(FileManager.default.fileExists(atPath: path("other.db-wal")))
        try write("text.db", "not a database at all\n")
        XCTAssertThrowsError(try EventStore(path: path("text.db"), cameo: Shared.lexicon.cameo)) { error in
            XCTAssertTrue("\(error)".contains("not an SQLite database"), "\(error)")
        }
    }

    // 8. User input is words and phrases: no FTS5 syntax error, and a hyphenated name is found.
    func testSearchIsWordsAndPhrases() throws {
        XCTAssertEqual(SearchText.fts5(#"Jong-un "se reunieron" NEAR( AND OR * ""#),
                       #""Jong-un" "se reunieron" "NEAR(" "AND" "OR" "*" """""#)
        try write("news/a.jsonl", #"{"id":"d1","date":"2023-09-13","text":"Kim Jong-un y Putin se reunieron en Vladivostok."}"#)
        let s = try store()
        _ = try ingest(s, [path("news")])
        func hits(_ search: String, raw: Bool = false) throws -> Int {
            var q = EventQuery()
            q.search = search
            q.rawSearch = raw
            return try q.fetch(s).count
        }
        XCTAssertEqual(try hits("Jong-un"), 2)
        XCTAssertEqual(try hits(#""Kim Jong-un""#), 2)
        XCTAssertEqual(try hits(#""Jong-un Kim""#), 0)
        for nasty in [#"""#, "*", "NEAR(", "AND OR", "Jong-un)", "'; DROP TABLE events; --", "", "  "] {
            XCTAssertNoThrow(try hits(nasty), nasty)
        }
        XCTAssertThrowsError(try hits("NEAR(", raw: true)) { error in
            guard case StoreError.badQuery = error else { return XCTFail("\(error)") }
            XCTAssertFalse("\(error)".contains("SELECT"), "\(error)")
        }
    }

    // 9. % and _ in a name are literal; a negative limit is no rows, not all rows.
    func testActorNameIsLiteralAndNegativeLimitIsNotUnlimited() throws {
        try write("news/a.jsonl", #"{"id":"d1","date":"2023-09-13","text":"Kim Jong-un y Putin se reunieron en Vladivostok."}"#)
        let s = try store()
        _ = try ingest(s, [path("news")])
        func rows(_ f: (inout EventQuery) -> Void) throws -> Int {
            var q = EventQuery()
            f(&q)
            let events = try q.fetch(s)
            return events.count
        }
        XCTAssertEqual(try rows { $0.actor = "Putin" }, 2)
        XCTAssertEqual(try rows { $0.actor = "%" }, 0)
        XCTAssertEqual(try rows { $0.actor = "P_tin" }, 0)
        XCTAssertEqual(try rows { $0.limit = -1 }, 0)
        XCTAssertEqual(try rows { $0.from = Day(parsing: "20230914") }, 0)
        XCTAssertEqual(try rows { $0.from = Day(parsing: "20230913"); $0.to = Day(parsing: "2023-09-13") }, 2)
    }

    // 10. A JSONL line without a date, a feed item with a bad pubDate: dated, and said so.
    func testUndatedDocumentsAreNoted() throws {
        try write("news/a.jsonl", """
            {"id":"d1","text":"Rusia impuso sanciones a Ucrania."}
            {"id":"d2","date":null,"text":"Francia condenó a Rusia."}
            {"id":"d3","date":"2023-09-12","text":"China criticó a Japón."}
            """)
        try write("news/feed.rss", """
            <rss><channel><item><title>Francia condena a Rusia</title><guid>f1</guid>
            <pubDate>someday soon</pubDate></item></channel></rss>
            """)
        let p = try ingest(try store(), [path("news")])
        XCTAssertEqual(p.failed, 0)
        XCTAssertTrue(p.notes.contains("\(path("news/a.jsonl")): 2 documents without a date: dated 2023-09-13"), "\(p.notes)")
        XCTAssertTrue(p.notes.contains { $0.hasPrefix("\(path("news/feed.rss")):2: publication date \"someday soon\" does not parse") },
                      "\(p.notes)")
    }

    // 10. A NUL in an id would be cut by SQLite, so that "a\0x" and "a\0y" collide: refused instead.
    func testNULInAnIdIsRefusedNotTruncated() throws {
        try write("news/a.jsonl", """
            {"id":"a\\u0000x","date":"2023-09-13","text":"Rusia impuso sanciones a Ucrania."}
            {"id":"a\\u0000y","date":"2023-09-13","text":"Francia condenó a Rusia."}
            {"id":"a","date":"2023-09-13","text":"China criticó a Japón."}
            """)
        let s = try store()
        let p = try ingest(s, [path("news")])
        XCTAssertEqual(p.stored, 1)
        XCTAssertEqual(p.failed, 2)
        XCTAssertTrue(p.failures.allSatisfy { $0.contains("contains a NUL character") && !$0.contains("\0") }, "\(p.failures)")
        XCTAssertEqual(try s.database.read { try String.fetchAll($0, sql: "SELECT doc_id FROM documents WHERE status = 'coded'") }, ["a"])
    }

    // 11. The summary adds up; a fixed line's old failure goes when the file is read again.
    func testSummaryAddsUpAndFixedLinesLoseTheirFailure() throws {
        try write("news/a.jsonl", """
            {"id":"d1","date":"2023-09-13","text":"Rusia impuso sanciones a Ucrania."}
            {"id":"d2","date":"hoy","text":"Francia condenó a Rusia."}
            not json
            """)
        let s = try store()
        let first = try ingest(s, [path("news")])
        XCTAssertEqual([first.documents, first.stored, first.skipped, first.failed], [3, 1, 0, 2])
        XCTAssertEqual(first.failures.count, first.failed)
        let again = try ingest(s, [path("news")])
        XCTAssertEqual([again.documents, again.stored, again.skipped, again.failed], [3, 0, 1, 2])
        XCTAssertEqual(try count(s, "SELECT COUNT(*) FROM documents WHERE status = 'failed'"), 2)
        try write("news/a.jsonl", """
            {"id":"d1","date":"2023-09-13","text":"Rusia impuso sanciones a Ucrania."}
            {"id":"d2","date":"2023-09-13","text":"Francia condenó a Rusia."}
            not json
            """)
        let fixed = try ingest(s, [path("news")])
        XCTAssertEqual([fixed.stored, fixed.skipped, fixed.failed], [1, 1, 1])
        XCTAssertEqual(try s.database.read { try String.fetchAll($0, sql: "SELECT origin FROM documents WHERE status = 'failed'") },
                       ["\(path("news/a.jsonl")):3"])
        // events: distinct stored events; mentions: the sentences reporting them, as stats counts.
        let stats = try StoreStats(s)
        XCTAssertEqual(first.events + fixed.events, stats.events)
        XCTAssertEqual(first.mentions + fixed.mentions, stats.mentions)
    }

    // 12. Formulas are not run by a spreadsheet opening the CSV; escapes do not reach the terminal.
    func testCSVCellsAreSafeAndTheTableHasNoControlCharacters() throws {
        let event = StoredEvent(row: Row([
            "id": 1, "date": "2023-09-13", "source": "RUS", "target": "UKR", "code": "163", "root": "16", "quad": 4, "goldstein": -8.0,
            "num_mentions": 1, "num_sentences": 1, "num_documents": 1, "first_document_id": nil,
        ]))
        let mention = EventMention(row: Row([
            "event_id": 1, "doc_id": "=HYPERLINK(\"http://x\")", "url": "@SUM(A1)", "sentence": 1,
            "source_text": "+Rusia", "source_start": 0, "source_end": 5, "target_text": "-Ucrania", "target_start": 6, "target_end": 13,
            "evidence": "\u{1b}]0;pwned\u{07}\u{1b}[31mimpuso\u{9b} sanciones", "evidence_start": 0, "evidence_end": 5,
            "pattern": "p", "mode": nil, "date_precision": "day", "location_name": nil, "location_country": nil,
            "location_lat": -33.5, "location_lon": nil, "ingested_at": "x",
        ]))
        let lex = Shared.lexicon
        let csv = StoredEventFormat.csv.render([event], [1: mention], cameo: lex.cameo, agents: lex.cameoAgents)
        let cells = csv.split(separator: ",", omittingEmptySubsequences: false)
        XCTAssertTrue(csv.contains(#""'=HYPERLINK(""http://x"")""#), csv)
        for cell in ["'@SUM(A1)", "'+Rusia", "'-Ucrania"] { XCTAssertTrue(cells.contains(Substring(cell)), "\(cell) in \(csv)") }
        XCTAssertTrue(cells.contains("-8.0") && cells.contains("-33.5"), "numbers stay numbers: \(csv)")
        let table = StoredEventFormat.table.render([event], [1: mention], cameo: lex.cameo, agents: lex.cameoAgents)
        XCTAssertFalse(table.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" || (0x7F...0x9F).contains($0.value) }, table)
        XCTAssertTrue(table.contains("\u{FFFD}[31mimpuso\u{FFFD} sanciones"), table)
    }

    // 14. A folder's gold annotations are not news: the real article is stored, not "already stored".
    func testGoldFilesInAFolderAreSkippedWithANote() throws {
        let article = "Kim Jong-un y Putin se reunieron en Vladivostok."
        try write("news/kim.txt", article)
        try write("news/kim.gold.jsonl", #"{"id":"kim","date":"2023-09-13","text":"\#(article)","events":[]}"#)
        let s = try store()
        let p = try ingest(s, [path("news")])
        XCTAssertEqual([p.stored, p.skipped, p.failed], [1, 0, 0])
        XCTAssertTrue(p.notes.contains { $0.hasPrefix("\(path("news/kim.gold.jsonl")): gold annotations") }, "\(p.notes)")
        XCTAssertEqual(try s.database.read { try String.fetchAll($0, sql: "SELECT origin FROM documents") }, [path("news/kim.txt")])
    }

    // 15. Plain text dated today without --date is said; a broken feed keeps the items before the error.
    func testPlainTextDateNoteAndBrokenFeedKeepsItsGoodItems() throws {
        try write("news/a.txt", "Rusia impuso sanciones a Ucrania.")
        try write("news/feed.rss", """
            <rss><channel>
            <item><title>Francia condena a Rusia</title><guid>f1</guid><pubDate>Thu, 14 Sep 2023 08:00:00 GMT</pubDate></item>
            <item><title>China critica a Japón</title><guid>f2</guid><pubDate>Thu, 14 Sep 2023 09:00:00 GMT</pubDate></item>
            <item><title>roto</title></itm>
            </channel></rss>
            """)
        let p = try ingest(try store(), [path("news")], dateGiven: false)
        XCTAssertEqual([p.stored, p.failed], [3, 1])
        XCTAssertEqual(p.failures.count, 1)
        XCTAssertTrue(p.failures[0].hasPrefix("\(path("news/feed.rss")):4: broken feed"), p.failures[0])
        XCTAssertTrue(p.failures[0].contains("the 2 items before it kept"), p.failures[0])
        XCTAssertTrue(p.notes.contains("no --date given; plain-text documents are dated today (2023-09-13)"), "\(p.notes)")
    }

    // 16. stats names the roots and aligns its columns.
    func testStatsNamesRootsAndAlignsColumns() throws {
        try write("news/a.jsonl", """
            {"id":"d1","date":"2023-09-13","text":"Kim Jong-un y Putin se reunieron en Vladivostok. Rusia impuso sanciones a Ucrania."}
            """)
        let s = try store()
        _ = try ingest(s, [path("news")])
        let text = try StoreStats(s).text
        let roots = text.components(separatedBy: "\n\n")[1].split(separator: "\n").dropFirst()
        XCTAssertTrue(roots.contains { $0.hasPrefix("  04  Consult ") }, text)
        XCTAssertEqual(Set(roots.map(\.count)).count, 1, "aligned: \(roots)")
    }
}

/// Counts from two threads.
final class Results: @unchecked Sendable {
    private let lock = NSLock()
    private(set) var stored = 0
    private(set) var errors = [String]()

    func add(_ n: Int) { lock.withLock { stored += n } }
    func add(error: String) { lock.withLock { errors.append(error) } }
}
