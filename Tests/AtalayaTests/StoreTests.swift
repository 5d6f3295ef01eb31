import Atalaya
import AtalayaStore
import Foundation
import GRDB
import XCTest

final class StoreTests: XCTestCase {
    var dir: URL!

    override func setUpWithError() throws {
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("atalaya-store-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("news"), withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: dir) }

    func write(_ name: String, _ text: String) throws {
        try text.write(to: dir.appendingPathComponent(name), atomically: true, encoding: .utf8)
    }

    func ingest(_ store: EventStore, _ paths: [String]) throws -> Ingester.Progress {
        var ingester = Ingester(coder: Shared.coder, store: store, defaultDate: Shared.day)
        ingester.batchSize = 2
        return try ingester.run(paths: paths) { _ in }
    }

    func makeCorpus() throws {
        try write("news/a.jsonl", """
            {"id":"d1","date":"2023-09-13","text":"Kim Jong-un y Putin se reunieron en Vladivostok. Rusia impuso sanciones a Ucrania.","url":"http://a/1"}
            {"id":"d2","date":"2023-09-13","text":"Kim Jong-un y Putin se reunieron ayer. Otra vez, Kim Jong-un y Putin se reunieron en Moscú."}
            {"date":"2023-09-14","text":"La policía colombiana detuvo a tres guerrilleros del ELN en Cali."}
            not json
            """)
        try write("news/nota.txt", "Estados Unidos expresó preocupación por la reunión entre Corea del Norte y Rusia.")
        try write("news/feed.xml", """
            <?xml version="1.0"?><rss version="2.0"><channel><item><title>Francia condena el ataque</title>
            <link>http://f/1</link><guid>f1</guid><pubDate>Thu, 14 Sep 2023 08:00:00 GMT</pubDate>
            <description>&lt;p&gt;El gobierno de Francia conden&amp;oacute; a Rusia.&lt;/p&gt;</description></item></channel></rss>
            """)
        try write("news/broken.rss", "<rss><channel><item><title>roto")
    }

    func count(_ store: EventStore, _ sql: String) throws -> Int { try store.database.read { try Int.fetchOne($0, sql: sql) ?? -1 } }

    func testIngestStoresDedupesAndIsIdempotent() throws {
        try makeCorpus()
        let store = try EventStore(path: dir.appendingPathComponent("t.db").path, cameo: Shared.lexicon.cameo)
        let first = try ingest(store, [dir.appendingPathComponent("news").path])
        XCTAssertEqual(first.stored, 5)  // 3 JSONL lines, the text file, the feed item
        XCTAssertEqual(first.failed, 2)  // the line that is not JSON, the broken feed
        XCTAssertTrue(first.failures.contains { $0.contains("a.jsonl:4") && $0.contains("not JSON") })
        XCTAssertTrue(first.failures.contains { $0.contains("broken.rss") && $0.contains("broken feed") })
        XCTAssertEqual(try count(store, "SELECT COUNT(*) FROM documents WHERE status = 'failed'"), 2)
        // The meeting: reported by two sentences of d2 and one of d1, on the same day.
        let meeting = try store.database.read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM events WHERE source = 'PRKGOV' AND target = 'RUSGOV' AND code = '040' AND date = '2023-09-13'")
        }
        // d1 and d2's second sentence on the 13th; d2's first sentence ("ayer") is another event, on the 12th.
        XCTAssertEqual(meeting?["num_mentions"], 2)
        XCTAssertEqual(meeting?["num_documents"], 2)
        XCTAssertEqual(try count(store, "SELECT SUM(num_documents) FROM events WHERE source = 'PRKGOV' AND code = '040'"), 3)
        XCTAssertEqual(try count(store, "SELECT COUNT(*) FROM event_mentions WHERE event_id = \(meeting?["id"] as Int64? ?? 0)"), 2)
        let before = try count(store, "SELECT SUM(num_mentions) + COUNT(*) FROM events")
        let second = try ingest(store, [dir.appendingPathComponent("news").path])
        XCTAssertEqual(second.stored, 0)
        XCTAssertEqual(second.skipped, 5)
        XCTAssertEqual(second.failed, 2)  // still failing: reported again, not "skipped"
        XCTAssertEqual(try count(store, "SELECT SUM(num_mentions) + COUNT(*) FROM events"), before)
        XCTAssertEqual(try count(store, "SELECT COUNT(*) FROM documents"), 7)
    }

    func testQueriesFiltersAndFullTextSearch() throws {
        try makeCorpus()
        let store = try EventStore(path: dir.appendingPathComponent("t.db").path, cameo: Shared.lexicon.cameo)
        _ = try ingest(store, [dir.appendingPathComponent("news").path])
        func codes(_ f: (inout EventQuery) -> Void) throws -> [String] {
            var q = EventQuery()
            q.sort = .code
            q.descending = false
            f(&q)
            return try q.fetch(store).map { "\($0.source) \($0.code) \($0.target)" }
        }
        XCTAssertEqual(try codes { $0.actor = "RUS" }.count, try codes { _ in }.filter { $0.contains("RUS") }.count)
        XCTAssertTrue(try codes { $0.actor = "RUS" }.contains("RUS 163 UKR"))
        XCTAssertEqual(try codes { $0.source = "COL" }, ["COLCOP 173 COLREB"])
        XCTAssertEqual(try codes { $0.code = "16" }, ["RUS 163 UKR"])
        XCTAssertEqual(try codes { $0.root = "11" }, ["FRA 111 ", "FRAGOV 111 RUS"])  // the feed's headline and body
        XCTAssertEqual(try codes { $0.quad = 4; $0.from = Day(parsing: "2023-09-14") }, ["COLCOP 173 COLREB"])
        XCTAssertEqual(try codes { $0.country = "RUS" }.sorted(), ["PRKGOV 040 RUSGOV", "RUSGOV 040 PRKGOV"])
        XCTAssertEqual(try codes { $0.actor = "Putin"; $0.to = Day(parsing: "2023-09-12") }.count, 2)
        // Accent-insensitive full-text search over the sentences.
        XCTAssertEqual(try codes { $0.search = "preocupacion" }.sorted(), ["PRK 040 RUS", "RUS 040 PRK", "USA 012 PRK", "USA 012 RUS"])
        XCTAssertEqual(try codes { $0.search = "guerrilleros Cali" }, ["COLCOP 173 COLREB"])
        XCTAssertEqual(try codes { $0.search = "guerrilleros AND Cali"; $0.rawSearch = true }, ["COLCOP 173 COLREB"])
        let stats = try StoreStats(store)
        XCTAssertEqual(stats.documents, 5)
        XCTAssertTrue(stats.byRoot.contains { $0.0 == "04" })
        XCTAssertTrue(stats.topDyads.contains { $0.0 == "PRKGOV" && $0.1 == "RUSGOV" })
    }

    /// Search finds events by their sentences, so only sentences that report one are indexed;
    /// a sentence without an event is still stored, for its document's text.
    func testOnlySentencesWithEventsAreIndexed() throws {
        try write("news/b.jsonl", """
            {"id":"s1","date":"2023-09-13","text":"El tiempo fue soleado en Lima. Francia condenó a Rusia por el bombardeo."}
            """)
        let store = try EventStore(path: dir.appendingPathComponent("t.db").path, cameo: Shared.lexicon.cameo)
        _ = try ingest(store, [dir.appendingPathComponent("news").path])
        XCTAssertEqual(try count(store, "SELECT COUNT(*) FROM sentences"), 2)
        XCTAssertEqual(try count(store, "SELECT COUNT(*) FROM sentences_fts WHERE sentences_fts MATCH 'soleado'"), 0)
        XCTAssertEqual(try count(store, "SELECT COUNT(*) FROM sentences_fts WHERE sentences_fts MATCH 'bombardeo'"), 1)
        var q = EventQuery()
        q.search = "bombardeo"
        XCTAssertEqual(try q.fetch(store).map { "\($0.source) \($0.code) \($0.target)" }, ["FRA 111 RUS"])
        XCTAssertEqual(try count(store, "SELECT COUNT(*) FROM sqlite_master WHERE type = 'trigger'"), 5,
                       "the batch made again the insert triggers it dropped")
    }

    func testExportColumns() throws {
        try makeCorpus()
        let store = try EventStore(path: dir.appendingPathComponent("t.db").path, cameo: Shared.lexicon.cameo)
        _ = try ingest(store, [dir.appendingPathComponent("news").path])
        let events = try EventQuery().fetch(store)
        let mentions = try EventMention.first(of: events, in: store)
        let lex = Shared.lexicon
        let gdelt = StoredEventFormat.gdelt.render(events, mentions, cameo: lex.cameo, agents: lex.cameoAgents).split(separator: "\n")
        XCTAssertEqual(GDELTRow.columns.count, 61)
        XCTAssertTrue(gdelt.allSatisfy { $0.split(separator: "\t", omittingEmptySubsequences: false).count == 61 })
        let colLine = gdelt.first { $0.contains("\t173\t") }!.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        XCTAssertEqual(colLine[1], "20230914")
        XCTAssertEqual(colLine[5], "COLCOP")
        XCTAssertEqual(colLine[7], "COL")
        XCTAssertEqual(colLine[12], "COP")
        XCTAssertEqual(colLine[26], "173")
        XCTAssertEqual(colLine[29], "4")
        let phoenix = StoredEventFormat.phoenix.render(events, mentions, cameo: lex.cameo, agents: lex.cameoAgents).split(separator: "\n")
        XCTAssertTrue(phoenix.allSatisfy { $0.split(separator: "\t", omittingEmptySubsequences: false).count == PhoenixTSV.columns.count })
        let csv = StoredEventFormat.csv.render(events, mentions, cameo: lex.cameo, agents: lex.cameoAgents).split(separator: "\n")
        XCTAssertEqual(csv.count, events.count)
        let json = StoredEventFormat.jsonl.render(events, mentions, cameo: lex.cameo, agents: lex.cameoAgents).split(separator: "\n")
        let obj = try JSONSerialization.jsonObject(with: Data(json[0].utf8)) as! [String: Any]
        for key in ["doc", "sentence", "date", "code", "root", "quad", "goldstein", "source", "target", "evidence", "pattern",
                    "negated", "mode", "location", "plover", "num_mentions", "num_sentences", "num_documents"] {
            XCTAssertNotNil(obj[key], key)
        }
        let plover = StoredEventFormat.plover.render(events, mentions, cameo: lex.cameo, agents: lex.cameoAgents).split(separator: "\n")
        XCTAssertNotNil((try JSONSerialization.jsonObject(with: Data(plover[0].utf8)) as! [String: Any])["event_type"])
    }

    /// `export --format jsonl|plover|phoenix` write what `code --format jsonl|plover|tsv` writes for the
    /// same events: jsonl adds the stored id first and the counts and url last; plover and phoenix
    /// differ only in the event id (the stored one).
    func testExportWritesTheFormatsOfCode() throws {
        let text = "Kim Jong-un y Putin se reunieron en Vladivostok."
        try write("news/a.jsonl", #"{"id":"d1","date":"2023-09-13","text":"\#(text)","url":"http://a/1"}"# + "\n")
        let store = try EventStore(path: dir.appendingPathComponent("t.db").path, cameo: Shared.lexicon.cameo)
        _ = try ingest(store, [dir.appendingPathComponent("news").path])
        let events = try EventQuery().fetch(store)
        let mentions = try EventMention.first(of: events, in: store)
        XCTAssertEqual(events.count, 2)
        var doc = Document(id: "d1", date: Shared.day, text: text, url: "http://a/1")
        Shared.coder.code(&doc)
        func coded(_ f: OutputFormat) -> [String] {
            var out = [UInt8]()
            f.write(doc, lexicon: Shared.lexicon, quotes: false, into: &out)
            return String(decoding: out, as: UTF8.self).split(separator: "\n").map(String.init)
        }
        func exported(_ f: StoredEventFormat) -> [String] {
            f.render(events, mentions, cameo: Shared.lexicon.cameo, agents: Shared.lexicon.cameoAgents).split(separator: "\n").map(String.init)
        }
        let ids = Dictionary(uniqueKeysWithValues: events.map { ($0.source, $0.id) })
        let expectedJSON = zip(doc.events, coded(.jsonl)).map { e, line in
            "{\"id\":\(ids[e.source.code]!)," + line.dropFirst().dropLast()
                + ",\"num_mentions\":1,\"num_sentences\":1,\"num_documents\":1,\"url\":\"http://a/1\"}"
        }
        XCTAssertEqual(Set(exported(.jsonl)), Set(expectedJSON))
        XCTAssertEqual(Set(exported(.plover).map { $0.replacingOccurrences(of: #"^\{"id":"[0-9]+""#, with: "", options: .regularExpression) }),
                       Set(coded(.plover).map { $0.replacingOccurrences(of: #"^\{"id":"d1-[0-9]+""#, with: "", options: .regularExpression) }))
        XCTAssertEqual(StoredEventFormat.phoenix.header, OutputFormat.tsv.header)
        XCTAssertEqual(Set(exported(.phoenix).map { $0.drop { $0 != "\t" } }), Set(coded(.tsv).map { $0.drop { $0 != "\t" } }))
    }

    func testFeedsAndHTML() throws {
        XCTAssertEqual(HTMLText.plain("<p>Kim &amp; Putin</p><script>x()</script><p>se reunieron&#33;</p>"), "Kim & Putin\nse reunieron!")
        try write("atom.xml", """
            <?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><entry><title>Cumbre</title>
            <id>urn:1</id><link rel="alternate" href="http://a/x"/><published>2023-09-12T10:00:00Z</published>
            <content type="html">&lt;b&gt;Putin&lt;/b&gt; viajó a Pekín.</content></entry></feed>
            """)
        let items = FeedReader(defaultDate: Shared.day).read(dir.appendingPathComponent("atom.xml")) { XCTFail("\($0)") }
        XCTAssertEqual(items.count, 1)
        XCTAssertEqual(items[0].document.text, "Cumbre\n\nPutin viajó a Pekín.")
        XCTAssertEqual(items[0].document.url, "http://a/x")
        XCTAssertEqual(items[0].document.date.description, "2023-09-12")
        XCTAssertEqual(items[0].document.id, "urn:1")
    }
}
