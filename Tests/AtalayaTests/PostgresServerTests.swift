import Atalaya
import AtalayaPostgres
import AtalayaServer
import AtalayaStore
import Foundation
import Hummingbird
import HummingbirdTesting
import XCTest

/// `atalaya serve` on a PostgreSQL store answers as on a SQLite store holding the same documents.
final class PostgresServerTests: PostgresTestCase {
    static let paths = ["/api/stats", "/api/timeline", "/api/timeline?interval=week&by=root", "/api/timeline?interval=month&actor=RUS",
                        "/api/timeline?interval=auto", "/api/network", "/api/network?actor=RUS&min=1", "/api/map", "/api/map?root=04",
                        "/api/actors", "/api/actors?q=RU", "/api/actors?q=Putin", "/api/events?actor=RUS", "/api/events?search=sanciones",
                        "/api/events?quad=4&sort=mentions"]

    static func body(_ client: some TestClientProtocol, _ uri: String) async throws -> String {
        try await client.execute(uri: uri, method: .get) { response in
            XCTAssertEqual(response.status, .ok, uri)
            return String(decoding: response.body.readableBytesView, as: UTF8.self)
        }
    }

    /// The answer without store ids (each database numbers its own rows).
    static func withoutIDs(_ text: String) -> String {
        text.replacingOccurrences(of: "\"id\":[0-9]+,?", with: "", options: .regularExpression)
    }

    func answers(_ store: any EventStorage) async throws -> [String] {
        var settings = ServerSettings(database: store.location)
        settings.cacheBytes = 1 << 20
        return try await AtalayaServer(settings: settings, lexicon: Shared.lexicon, store: store).application().test(.router) { client in
            var out = [String]()
            for path in Self.paths { out.append(Self.withoutIDs(try await Self.body(client, path))) }
            return out
        }
    }

    func testTheSameAnswersAsOnSQLite() async throws {
        let sqlite = try EventStore(path: dir.appendingPathComponent("s.db").path, cameo: Shared.lexicon.cameo)
        let postgres = try PostgresStore(url: url, cameo: Shared.lexicon.cameo)
        for batch in PostgresStoreTests.batches {
            try sqlite.write(batch)
            try postgres.write(batch)
        }
        let (a, b) = (try await answers(sqlite), try await answers(postgres))
        for (i, path) in Self.paths.enumerated() { XCTAssertEqual(a[i], b[i], path) }
        XCTAssertTrue(a[0].contains("\"documents\":6"), a[0])
    }

    func testAnotherWorkersCommitIsSeenOnTheNextRequest() async throws {
        let store = try PostgresStore(url: url, cameo: Shared.lexicon.cameo)
        try store.write(PostgresStoreTests.batches[0])
        let worker = try PostgresStore(url: url, cameo: Shared.lexicon.cameo)
        var settings = ServerSettings(database: store.location)
        settings.cacheBytes = 1 << 20
        try await AtalayaServer(settings: settings, lexicon: Shared.lexicon, store: store).application().test(.router) { client in
            let before = try await Self.body(client, "/api/stats")
            let again = try await Self.body(client, "/api/stats")
            XCTAssertEqual(again, before)
            try worker.write(PostgresStoreTests.batches[1])
            let after = try await Self.body(client, "/api/stats")
            XCTAssertNotEqual(after, before)
        }
    }
}
