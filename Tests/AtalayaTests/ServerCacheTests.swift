import Atalaya
import AtalayaServer
import AtalayaStore
import Foundation
import Hummingbird
import HummingbirdTesting
import XCTest

/// The server's answers kept between requests are never stale: any commit to the store, by the
/// server or by another program, is seen on the next request; and answers read from the
/// summaries equal those computed from the events.
final class ServerCacheTests: FolderTestCase {
    var db: String { dir.appendingPathComponent("c.db").path }

    override func setUpWithError() throws {
        try super.setUpWithError()
        try store().write([
            Self.item("a", "2023-09-13", "Kim Jong-un y Putin se reunieron en Vladivostok. Rusia impuso sanciones a Ucrania."),
            Self.item("b", "2023-09-14", "Francia condenó a Rusia por el ataque. Alemania condenó a Rusia por el ataque en Kiev."),
        ])
    }

    func store() throws -> EventStore { try EventStore(path: db, cameo: Shared.lexicon.cameo) }


    func server(cacheBytes: Int = 1 << 20) throws -> some ApplicationProtocol {
        var settings = ServerSettings(database: db)
        settings.cacheBytes = cacheBytes
        return try AtalayaServer(settings: settings, lexicon: Shared.lexicon).application()
    }

    static func get(_ client: some TestClientProtocol, _ uri: String) async throws -> [String: Any] {
        try await client.execute(uri: uri, method: .get) { response in
            XCTAssertEqual(response.status, .ok, uri)
            return try XCTUnwrap(JSONSerialization.jsonObject(with: Data(response.body.readableBytesView)) as? [String: Any])
        }
    }

    func testAnotherProgramsWriteIsSeenOnTheNextRequest() async throws {
        let writer = try store()
        try await server().test(.router) { client in

            let before = try await Self.get(client, "/api/stats")["events"] as? Int ?? 0
            let again = try await Self.get(client, "/api/stats")["events"] as? Int
            XCTAssertEqual(again, before, "the same answer while nothing changes")
            let timeline = try await Self.get(client, "/api/timeline?interval=month")
            try writer.write([Self.item("c", "2023-10-02", "Italia condenó a Rusia por el ataque.")])
            let after = try await Self.get(client, "/api/stats")["events"] as? Int ?? 0
            XCTAssertGreaterThan(after, before)
            let buckets = try await Self.get(client, "/api/timeline?interval=month")["buckets"] as? [[String: Any]]
            let periods = buckets?.compactMap { $0["period"] as? String }
            XCTAssertNotEqual((timeline["buckets"] as? [Any])?.count, periods?.count)
            XCTAssertTrue(periods?.contains("2023-10-01") ?? false)
            let events = try await Self.get(client, "/api/events?source=ITA")["events"] as? [[String: Any]]
            XCTAssertEqual(events?.count, 1)
            try writer.write([Self.item("d", "2024-09-02", "Italia condenó a Rusia por el ataque.")])
            let auto = try await Self.get(client, "/api/timeline?interval=auto")
            XCTAssertEqual(auto["interval"] as? String, "week", "a year of events: by week")
        }
    }

    /// The same requests with and without the cache, and from the summaries (no filter, or
    /// dates and roots only) and from the events (an actor filter that every event passes).
    func testSummariesAnswerAsTheEventsDo() async throws {
        var answers = [String: [String]]()
        for cacheBytes in [0, 1 << 20] {
            let bodies = try await server(cacheBytes: cacheBytes).test(.router) { client in
                var bodies = [String: String]()
                for uri in ["/api/network", "/api/timeline?interval=week&by=root", "/api/timeline?root=11&from=2023-09-01", "/api/map", "/api/stats"] {
                    bodies[uri] = try await client.execute(uri: uri, method: .get) { String(buffer: $0.body) }
                }
                return bodies
            }
            for (uri, body) in bodies { answers[uri, default: []].append(body) }
        }
        for (uri, bodies) in answers { XCTAssertEqual(Set(bodies).count, 1, uri) }
        try await server().test(.router) { client in

            // The same dyads, each source country through the events (a filter the summaries cannot answer).
            let summarized = try await Self.get(client, "/api/network")["edges"] as? [[String: Any]] ?? []
            var grouped = [[String: Any]]()
            for country in Set(summarized.compactMap { ($0["source"] as? String).map { ActorCode($0).indexKey } }) {
                grouped += try await Self.get(client, "/api/network?source=\(country)")["edges"] as? [[String: Any]] ?? []
            }
            func key(_ e: [String: Any]) -> String { "\(e["source"]!) \(e["target"]!) \(e["events"]!) \(e["goldstein"]!) \(e["top_codes"]!)" }
            XCTAssertEqual(Set(summarized.map(key)), Set(grouped.map(key)))
            XCTAssertFalse(grouped.isEmpty)
        }
    }

    func testPastTheLimitOfWaitingRequestsTheServerSays503() async throws {
        var settings = ServerSettings(database: db)
        settings.maxPending = 0
        try await AtalayaServer(settings: settings, lexicon: Shared.lexicon).application().test(.router) { client in
            try await client.execute(uri: "/api/stats", method: .get) { response in
                XCTAssertEqual(response.status, .serviceUnavailable)
                XCTAssertTrue(String(buffer: response.body).contains("busy"))
            }
        }
    }
}
