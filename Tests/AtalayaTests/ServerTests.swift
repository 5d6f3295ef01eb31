import Atalaya
import AtalayaServer
import AtalayaStore
import Foundation
import Hummingbird
import HummingbirdTesting
import XCTest

/// `atalaya serve`'s API through Hummingbird's test client, on a store of sentences written here.
final class ServerTests: FolderTestCase {
    var db: String { dir.appendingPathComponent("t.db").path }

    override func setUpWithError() throws {
        try super.setUpWithError()
        let store = try EventStore(path: db, cameo: Shared.lexicon.cameo)
        let texts = [
            ("a", "2023-09-13", "Kim Jong-un y Putin se reunieron en Vladivostok. Rusia impuso sanciones a Ucrania."),
            ("b", "2023-09-14", "La policía colombiana detuvo a tres guerrilleros del ELN en Cali."),
            ("c", "2023-09-20", "<script>alert(1)</script> Francia condenó a Rusia por el ataque."),
        ]
        _ = try store.write(texts.map { id, date, text in
            .coded(Shared.coder.code(id: id, date: Day(parsing: date)!, text: text), origin: "test", explicitID: true)
        })
    }

    func server(token: String? = nil, maxBody: Int = 2_000_000, exportPage: Int = 1000) throws -> some ApplicationProtocol {
        var settings = ServerSettings(database: db, tokens: token.map { [$0: "ana"] } ?? [:], maxBodyBytes: maxBody)
        settings.exportPageSize = exportPage
        return try AtalayaServer(settings: settings, lexicon: Shared.lexicon).application()
    }

    static func json(_ buffer: ByteBuffer) throws -> [String: Any] {
        try XCTUnwrap(JSONSerialization.jsonObject(with: Data(buffer.readableBytesView)) as? [String: Any])
    }

    func testEventsFiltersAndPaging() async throws {
        try await server().test(.router) { client in
            try await client.execute(uri: "/api/events", method: .get) { response in
                XCTAssertEqual(response.status, .ok)
                let events = try XCTUnwrap(Self.json(response.body)["events"] as? [[String: Any]])
                XCTAssertGreaterThanOrEqual(events.count, 4)
                XCTAssertEqual(events.first?["date"] as? String, "2023-09-20")  // newest first
            }
            try await client.execute(uri: "/api/events?actor=RUS&root=11", method: .get) { response in
                let events = try XCTUnwrap(Self.json(response.body)["events"] as? [[String: Any]])
                XCTAssertEqual(events.map { $0["code"] as? String }, ["111"])
                XCTAssertEqual(events.first?["source"] as? String, "FRA")
            }
            // Pages of one event: the cursors walk through every event once.
            var seen = [Int]()
            var cursor: String? = ""
            while let c = cursor {
                let (ids, next) = try await client.execute(uri: "/api/events?limit=1" + (c.isEmpty ? "" : "&cursor=\(c)"), method: .get) {
                    response -> ([Int], String?) in
                    let page = try Self.json(response.body)
                    return ((page["events"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? Int }, page["next"] as? String)
                }
                seen += ids
                cursor = next
            }
            XCTAssertEqual(seen.count, Set(seen).count)
            XCTAssertGreaterThanOrEqual(seen.count, 4)
        }
    }

    func testEventDetailHasEvidenceOffsets() async throws {
        try await server().test(.router) { client in
            try await client.execute(uri: "/api/events?root=11", method: .get) { response in
                let id = try XCTUnwrap((Self.json(response.body)["events"] as? [[String: Any]])?.first?["id"] as? Int)
                try await client.execute(uri: "/api/events/\(id)", method: .get) { response in
                    XCTAssertEqual(response.status, .ok)
                    let detail = try Self.json(response.body)
                    let m = try XCTUnwrap((detail["mentions"] as? [[String: Any]])?.first)
                    let sentence = Array(try XCTUnwrap(m["sentence_text"] as? String))
                    let start = try XCTUnwrap(m["source_start"] as? Int), end = try XCTUnwrap(m["source_end"] as? Int)
                    XCTAssertEqual(String(sentence[start..<end]), "Francia")
                    let t0 = try XCTUnwrap(m["evidence_start"] as? Int), t1 = try XCTUnwrap(m["evidence_end"] as? Int)
                    XCTAssertTrue(String(sentence[t0..<t1]).hasPrefix("condenó"))
                }
            }
            try await client.execute(uri: "/api/events/999999", method: .get) { XCTAssertEqual($0.status, .notFound) }
            try await client.execute(uri: "/api/events/abc", method: .get) { XCTAssertEqual($0.status, .badRequest) }
        }
    }

    func testBadParametersAreNamed() async throws {
        try await server().test(.router) { client in
            for (uri, parameter) in [("/api/events?limit=0", "limit"), ("/api/events?from=yesterday", "from"), ("/api/events?quad=7", "quad"),
                                     ("/api/events?colour=red", "colour"), ("/api/timeline?interval=year", "interval"),
                                     ("/api/events?source=rus%27%3B", "source"), ("/api/export?format=xls", "format"),
                                     ("/api/events?search=" + String(repeating: "a", count: 501), "search")] {
                try await client.execute(uri: uri, method: .get) { response in
                    XCTAssertEqual(response.status, .badRequest, uri)
                    XCTAssertEqual(try Self.json(response.body)["parameter"] as? String, parameter, uri)
                }
            }
        }
    }

    func testTimelineNetworkMapStats() async throws {
        try await server().test(.router) { client in
            try await client.execute(uri: "/api/timeline?interval=month&by=root", method: .get) { response in
                let buckets = try XCTUnwrap(Self.json(response.body)["buckets"] as? [[String: Any]])
                XCTAssertEqual(Set(buckets.compactMap { $0["period"] as? String }), ["2023-09-01"])
                XCTAssertTrue(buckets.contains { $0["key"] as? String == "11" && $0["events"] as? Int == 1 })
            }
            try await client.execute(uri: "/api/timeline?interval=auto", method: .get) { response in
                XCTAssertEqual(try Self.json(response.body)["interval"] as? String, "day", "a week of events: by day")
            }
            try await client.execute(uri: "/api/network", method: .get) { response in
                let edges = try XCTUnwrap(Self.json(response.body)["edges"] as? [[String: Any]])
                XCTAssertTrue(edges.contains { $0["source"] as? String == "FRA" && $0["target"] as? String == "RUS"
                    && ($0["top_codes"] as? [String]) == ["111"] && ($0["goldstein"] as? Double ?? 0) < 0 })
            }
            try await client.execute(uri: "/api/map", method: .get) { response in
                XCTAssertEqual(response.headers[.contentType], "application/geo+json")
                let features = try XCTUnwrap(Self.json(response.body)["features"] as? [[String: Any]])
                let names = features.compactMap { ($0["properties"] as? [String: Any])?["name"] as? String }
                XCTAssertTrue(names.contains("Vladivostok") || names.contains("Cali"), "\(names)")
            }
            try await client.execute(uri: "/api/stats", method: .get) { response in
                let stats = try Self.json(response.body)
                XCTAssertEqual(stats["documents"] as? Int, 3)
                XCTAssertEqual(stats["last_date"] as? String, "2023-09-20")
            }
            try await client.execute(uri: "/api/actors?q=fra", method: .get) { response in
                let actors = try XCTUnwrap(Self.json(response.body)["actors"] as? [[String: Any]])
                XCTAssertEqual(actors.first?["code"] as? String, "FRA")
            }
        }
    }

    func testCodeWithoutStoring() async throws {
        try await server().test(.router) { client in
            try await client.execute(uri: "/api/code?date=2023-09-13", method: .post,
                                     body: ByteBuffer(string: "Putin condenó el ataque contra Ucrania.")) { response in
                XCTAssertEqual(response.status, .ok)
                let line = String(buffer: response.body).split(separator: "\n").first.map(String.init) ?? ""
                XCTAssertTrue(line.contains("\"code\":\"111\""), line)
            }
            try await client.execute(uri: "/api/code", method: .post, headers: [.contentType: "application/x-ndjson"],
                                     body: ByteBuffer(string: "{\"text\": \"Rusia atacó Ucrania.\"}\nnot json\n")) { response in
                XCTAssertEqual(response.status, .badRequest)
                XCTAssertTrue((try Self.json(response.body)["error"] as? String ?? "").hasPrefix("line 2:"))
            }
            try await client.execute(uri: "/api/stats", method: .get) { XCTAssertEqual(try Self.json($0.body)["documents"] as? Int, 3) }
        }
    }

    func testWritesNeedTheTokenAndBodiesHaveALimit() async throws {
        let doc = ByteBuffer(string: "{\"id\": \"n1\", \"date\": \"2023-10-01\", \"text\": \"Alemania condenó a Rusia por el ataque.\"}\n")
        try await server().test(.router) { client in
            try await client.execute(uri: "/api/documents", method: .post, body: doc) { XCTAssertEqual($0.status, .unauthorized) }
        }
        try await server(token: "s3cret-token", maxBody: 200).test(.router) { client in
            try await client.execute(uri: "/api/documents", method: .post, headers: [.authorization: "Bearer wrong-token"], body: doc) {
                XCTAssertEqual($0.status, .unauthorized)
            }
            try await client.execute(uri: "/api/code", method: .post, body: ByteBuffer(string: String(repeating: "Rusia atacó Ucrania. ", count: 20))) {
                XCTAssertEqual($0.status, .contentTooLarge)
            }
            try await client.execute(uri: "/api/documents", method: .post,
                                     headers: [.authorization: "Bearer s3cret-token", .contentType: "application/x-ndjson"], body: doc) { response in
                XCTAssertEqual(response.status, .ok)
                XCTAssertEqual(try Self.json(response.body)["stored"] as? Int, 1)
            }
            try await client.execute(uri: "/api/events?source=DEU", method: .get) {
                XCTAssertEqual((try Self.json($0.body)["events"] as? [[String: Any]])?.count, 1)
            }
            // Plain texts have no id of their own: each is stored, known by its content.
            for text in ["Italia condenó a Rusia.", "Grecia condenó a Rusia."] {
                try await client.execute(uri: "/api/documents?date=2023-10-02", method: .post, headers: [.authorization: "bearer s3cret-token"],
                                         body: ByteBuffer(string: text)) { XCTAssertEqual(try Self.json($0.body)["stored"] as? Int, 1, text) }
            }
            try await client.execute(uri: "/api/documents", method: .post, headers: [.authorization: "Bearer s3cret-token"],
                                     body: ByteBuffer(string: " \n")) { XCTAssertEqual($0.status, .badRequest) }
        }
    }

    func testExportStreamsEveryEvent() async throws {
        // Pages of two events: the stream crosses pages, and ends on a short one.
        try await server(exportPage: 2).test(.router) { client in
            try await client.execute(uri: "/api/export?format=csv", method: .get) { response in
                XCTAssertEqual(response.status, .ok)
                let lines = String(buffer: response.body).split(separator: "\n")
                XCTAssertTrue(lines.first?.hasPrefix("id,date,source") ?? false)
                XCTAssertEqual(Set(lines.dropFirst().map { $0.split(separator: ",").first }).count, lines.count - 1)  // none twice
                try await client.execute(uri: "/api/stats", method: .get) { stats in
                    XCTAssertEqual(lines.count - 1, try Self.json(stats.body)["events"] as? Int)
                }
            }
        }
    }

    /// News text is hostile: the dashboard puts the store's text into the page as text, never as
    /// HTML, and the page itself carries none of it.
    func testDashboardNeverWritesStoreTextAsHTML() async throws {
        try await server().test(.router) { client in
            try await client.execute(uri: "/", method: .get) { XCTAssertEqual($0.status, .ok) }
            try await client.execute(uri: "/static/app.js", method: .get) { response in
                let js = String(buffer: response.body)
                for sink in ["innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval("] { XCTAssertFalse(js.contains(sink), sink) }
                XCTAssertTrue(js.contains("textContent"))
            }
            try await client.execute(uri: "/api/openapi.json", method: .get) { response in
                let paths = try XCTUnwrap(Self.json(response.body)["paths"] as? [String: Any])
                XCTAssertEqual(Set(paths.keys), ["/api/events", "/api/events/{id}", "/api/timeline", "/api/network", "/api/map", "/api/stats",
                                                 "/api/actors", "/api/code", "/api/documents", "/api/export", "/api/reviews"])
            }
            try await client.execute(uri: "/static/../../etc/passwd", method: .get) { XCTAssertEqual($0.status, .notFound) }
        }
    }

    /// Reviews are stored under the token's holder, and the gold set they make is one that
    /// `atalaya eval` reads: right and corrected events as reviewed, added ones, not wrong ones.
    func testReviewsBecomeGold() async throws {
        @Sendable func post(_ client: some TestClientProtocol, _ body: String, token: String = "s3cret-token") async throws -> (HTTPResponse.Status, String) {
            try await client.execute(uri: "/api/reviews", method: .post, headers: [.authorization: "Bearer \(token)"],
                                     body: ByteBuffer(string: body)) { ($0.status, String(buffer: $0.body)) }
        }
        try await server(token: "s3cret-token").test(.router) { client in
            let ids = try await client.execute(uri: "/api/events?limit=100", method: .get) { response -> [String: Int] in
                var out = [String: Int]()
                for e in try Self.json(response.body)["events"] as? [[String: Any]] ?? [] {
                    out["\(e["source"] as? String ?? "")>\(e["target"] as? String ?? "")>\(e["code"] as? String ?? "")"] = e["id"] as? Int
                }
                return out
            }
            let condemned = try XCTUnwrap(ids["FRA>RUS>111"]), sanctions = try XCTUnwrap(ids.first { $0.key.hasPrefix("RUS>UKR>16") }?.value)
            // Another document reports the same event (same day, actors and code: one event row).
            try await client.execute(uri: "/api/documents", method: .post,
                                     headers: [.authorization: "Bearer s3cret-token", .contentType: "application/x-ndjson"],
                                     body: ByteBuffer(string: #"{"id": "d", "date": "2023-09-20", "text": "Francia condenó a Rusia por el bombardeo."}"#)) {
                XCTAssertEqual(try Self.json($0.body)["stored"] as? Int, 1)
            }
            var (status, body) = try await post(client, #"{"doc_id": "c", "event_id": \#(condemned), "verdict": "right"}"#)
            XCTAssertEqual(status, .ok, body)
            XCTAssertTrue(body.contains(#""reviewer":"ana""#), body)
            (status, _) = try await post(client, #"{"doc_id": "a", "event_id": \#(sanctions), "verdict": "corrected", "code": "163"}"#)
            XCTAssertEqual(status, .ok)
            (status, _) = try await post(client, #"{"doc_id": "a", "sentence": 1, "verdict": "added", "code": "036", "source": "PRKGOV", "target": "RUSGOV"}"#)
            XCTAssertEqual(status, .ok)
            (status, body) = try await post(client, #"{"doc_id": "a", "event_id": \#(condemned), "verdict": "wrong"}"#)
            XCTAssertEqual(status, .badRequest, "an event of another document")
            (status, _) = try await post(client, #"{"doc_id": "d", "event_id": \#(condemned), "verdict": "wrong"}"#)
            XCTAssertEqual(status, .ok, "the same event, reported by another document")
            (status, body) = try await post(client, #"{"doc_id": "a", "sentence": 1, "verdict": "added", "code": "999", "source": "PRK"}"#)
            XCTAssertEqual(status, .badRequest, "no such CAMEO code")
            (status, _) = try await post(client, #"{"doc_id": "c", "event_id": \#(condemned), "verdict": "right"}"#, token: "other-token")
            XCTAssertEqual(status, .unauthorized)
            (status, body) = try await post(client, #"{"doc_id": "a", "sentence": 1, "verdict": "added", "code": "<b>", "source": "PRK"}"#)
            XCTAssertEqual(status, .badRequest)
            XCTAssertTrue(body.contains(#""parameter":"code""#), body)
            try await client.execute(uri: "/api/reviews?doc_id=a", method: .get, headers: [.authorization: "Bearer s3cret-token"]) {
                XCTAssertEqual((try Self.json($0.body)["reviews"] as? [[String: Any]])?.count, 2)
            }
            try await client.execute(uri: "/api/reviews", method: .get) { XCTAssertEqual($0.status, .unauthorized) }
        }
        let store = try EventStore(path: db, cameo: Shared.lexicon.cameo, access: .read)
        let gold = dir.appendingPathComponent("gold.jsonl")
        try (GoldExport.lines(store).joined(separator: "\n") + "\n").write(to: gold, atomically: true, encoding: .utf8)
        let records = try GoldJSONLReader().read(gold)
        XCTAssertEqual(records.map(\.id), ["a", "c", "d"])
        XCTAssertTrue(records[2].events.isEmpty, "reviewed wrong in d; right in c")
        XCTAssertEqual(Set(records[0].events.map { $0.codes + $0.source + $0.target }), [["163", "RUS", "UKR"], ["036", "PRKGOV", "RUSGOV"]])
        XCTAssertEqual(records[1].events.map(\.codes), [["111"]])
        XCTAssertTrue(records[1].text.contains("Francia condenó a Rusia"))
    }
}
