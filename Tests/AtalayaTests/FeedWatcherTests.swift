import Atalaya
import AtalayaStore
import AtalayaWatch
import Foundation
import Hummingbird
import HummingbirdTesting
import NIOConcurrencyHelpers
import XCTest

/// `atalaya watch` against a feed served on loopback: new items stored once, an unchanged feed
/// asked with its ETag and answered 304, a changed feed read again for its new item only.
final class FeedWatcherTests: XCTestCase {
    static func rss(_ items: [(String, String)]) -> String {
        "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>t</title>" + items.map { guid, text in
            "<item><title>\(guid)</title><link>http://example.org/\(guid)</link><guid>\(guid)</guid>"
                + "<pubDate>Thu, 14 Sep 2023 08:00:00 GMT</pubDate><description>\(text)</description></item>"
        }.joined() + "</channel></rss>"
    }

    func testNewItemsOnceAndUnchangedFeedsAnswer304() async throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("atalaya-watch-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let store = try EventStore(path: dir.appendingPathComponent("w.db").path, cameo: Shared.lexicon.cameo)
        // The feed: its version is its ETag; a request naming it gets 304. Requests are logged.
        let feed = NIOLockedValueBox((version: 1, items: [("f1", "Francia condenó a Rusia por el ataque."),
                                                          ("f2", "Kim Jong-un y Putin se reunieron en Vladivostok.")]))
        let log = NIOLockedValueBox([String]())
        let router = Router()
        router.get("/rss") { request, _ -> Response in
            let (version, items) = feed.withLockedValue { ($0.version, $0.items) }
            let etag = "\"v\(version)\""
            let asked = request.headers[.ifNoneMatch]
            log.withLockedValue { $0.append(asked ?? "-") }
            if asked == etag { return Response(status: .notModified, headers: [.eTag: etag]) }
            return Response(status: .ok, headers: [.eTag: etag, .contentType: "application/rss+xml"],
                            body: .init(byteBuffer: ByteBuffer(string: Self.rss(items))))
        }
        router.get("/gone") { _, _ in Response(status: .notFound) }
        try await Application(router: router).test(.live) { client in
            let url = "http://127.0.0.1:\(try XCTUnwrap(client.port))"
            let watcher = FeedWatcher(coder: Shared.coder, store: store, defaultDate: Shared.day)
            guard case let .stored(first) = await watcher.poll(url + "/rss") else { return XCTFail("first poll") }
            XCTAssertEqual(first.stored, 2)
            guard case .unchanged = await watcher.poll(url + "/rss") else { return XCTFail("an unchanged feed: 304") }
            feed.withLockedValue { $0.version = 2; $0.items.append(("f3", "Alemania condenó a Rusia por el ataque.")) }
            guard case let .stored(third) = await watcher.poll(url + "/rss") else { return XCTFail("a changed feed") }
            XCTAssertEqual(third.stored, 1)
            XCTAssertEqual(third.skipped, 2, "items stored before are not stored twice")
            XCTAssertEqual(log.withLockedValue { $0 }, ["-", "\"v1\"", "\"v1\""])
            guard case let .failed(reason) = await watcher.poll(url + "/gone") else { return XCTFail("404") }
            XCTAssertEqual(reason, "HTTP 404")
            XCTAssertEqual(try store.feedState(url + "/rss")?.etag, "\"v2\"")
        }
    }

    /// A dead feed fails at once with the watch command's client (the shared one retries a
    /// refused connection until the 30 s deadline, holding up the round).
    func testARefusedConnectionFailsAtOnce() async throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("atalaya-watch-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        var watcher = FeedWatcher(coder: Shared.coder, store: try EventStore(path: dir.appendingPathComponent("w.db").path,
                                                                               cameo: Shared.lexicon.cameo), defaultDate: Shared.day)
        watcher.client = FeedWatcher.failFastClient()
        let start = Date()
        let poll = await watcher.poll("http://127.0.0.1:1/rss")
        try await watcher.client.shutdown()
        guard case .failed = poll else { return XCTFail("nothing listens on port 1") }
        XCTAssertLessThan(Date().timeIntervalSince(start), 5)
        XCTAssertEqual(try watcher.store.feedState("http://127.0.0.1:1/rss")?.status, 0)
    }
}
