import Atalaya
@testable import AtalayaServer
import AtalayaStore
import Foundation
import Hummingbird
import HummingbirdTesting
import XCTest

/// The answers' security headers, and the Host check that keeps a web page with a name of its
/// own pointed at 127.0.0.1 (DNS rebinding) from reading a loopback server.
final class ServerSecurityTests: XCTestCase {
    func testOnlyLoopbackNamesPass() {
        for host in ["127.0.0.1", "127.0.0.1:8080", "localhost", "LOCALHOST:80", "[::1]:8080", "::1"] {
            XCTAssertTrue(SecurityMiddleware<APIContext>.isLoopback(host), host)
        }
        for host in ["evil.example", "evil.example:8080", "127.0.0.1.evil.example", "localhost.evil.example", "[::2]:8080", "10.0.0.1"] {
            XCTAssertFalse(SecurityMiddleware<APIContext>.isLoopback(host), host)
        }
    }

    func testForeignHostIsRefusedAndAnswersCarryThePolicy() async throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("atalaya-security-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = dir.appendingPathComponent("s.db").path
        try EventStore(path: db, cameo: Shared.lexicon.cameo).write([
            .coded(Shared.coder.code(id: "a", date: Shared.day, text: "Francia condenó a Rusia por el ataque."), origin: "test", explicitID: true),
        ])
        let server = try AtalayaServer(settings: ServerSettings(database: db), lexicon: Shared.lexicon)
        try await Application(router: server.router()).test(.live) { client in
            try await client.execute(uri: "/", method: .get) { response in
                XCTAssertEqual(response.status, .ok)
                XCTAssertTrue(response.headers[.contentSecurityPolicy]?.contains("default-src 'self'") ?? false)
                XCTAssertEqual(response.headers[.xContentTypeOptions], "nosniff")
            }
            // The test client names localhost; a raw one names the host a rebinding page would.
            let port = try XCTUnwrap(client.port)
            for (authority, status) in [("evil.example:\(port)", HTTPResponse.Status.forbidden), ("127.0.0.1:\(port)", .ok)] {
                let response = try await TestClient.withClient(host: "localhost", port: port) { raw in
                    try await raw.execute(.init("/api/stats", method: .get, authority: authority))
                }
                XCTAssertEqual(response.status, status, authority)
            }
        }
    }

    func testTokensFromAFileWithTheLineOfAShortOne() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("atalaya-tokens-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: file) }
        try "# team\nana:s3cret-token\n\n  lone-token-123  # no user\n".write(toFile: file, atomically: true, encoding: .utf8)
        XCTAssertEqual(try TokenHolders.read(file: file), ["s3cret-token": "ana", "lone-token-123": "analyst"])
        try "ana:s3cret-token\nbo:short\n".write(toFile: file, atomically: true, encoding: .utf8)
        XCTAssertThrowsError(try TokenHolders.read(file: file)) { XCTAssertEqual("\($0)", "\(file):2: a token has at least 8 characters") }
        XCTAssertThrowsError(try TokenHolders.read(file: file + "-missing"))
    }
}
