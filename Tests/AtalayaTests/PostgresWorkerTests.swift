import AtalayaPostgres
import Foundation
import XCTest

/// Several `atalaya ingest` workers on one PostgreSQL store and one input, one of them killed.
final class PostgresWorkerTests: PostgresTestCase {
    /// JSONL news written for this test: `n` documents over three months, events repeated across them.
    func writeCorpus(_ n: Int) throws -> String {
        let actors = ["Rusia", "Ucrania", "Francia", "Estados Unidos", "Corea del Norte", "China", "Colombia", "Venezuela"]
        let lines = (0..<n).map { i in
            let a = actors[i % actors.count], b = actors[(i / actors.count + 1 + i) % actors.count]
            let text = a == b ? "\(a) expresó preocupación por la crisis." :
                "\(a) impuso sanciones a \(b). El gobierno de \(b) condenó a \(a). \(a) y \(b) se reunieron en Ginebra."
            let date = String(format: "2023-%02d-%02d", 9 + i % 3, 10 + i % 17)
            return "{\"id\":\"w\(i)\",\"date\":\"\(date)\",\"text\":\"\(text)\"}"
        }
        let path = dir.appendingPathComponent("news.jsonl").path
        try (lines.joined(separator: "\n") + "\n").write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    func worker(_ url: String, _ input: String) throws -> Process {
        let p = Process()
        p.executableURL = try AtalayaProcess.binary()
        p.arguments = ["ingest", "--db", url, "--batch", "10", input]
        p.standardOutput = FileHandle.nullDevice
        p.standardError = FileHandle.nullDevice
        try p.run()
        return p
    }

    /// What a store holds, as counts that double if any document is stored twice.
    func totals(_ url: String) throws -> [Int] {
        let saved = self.url
        defer { self.url = saved }
        self.url = url
        return try [
            count("SELECT COUNT(*) AS n FROM documents WHERE status = 'coded'"), count("SELECT COUNT(*) AS n FROM sentences"),
            count("SELECT COUNT(*) AS n FROM events"), count("SELECT SUM(num_mentions) AS n FROM events"),
            count("SELECT SUM(num_documents) AS n FROM events"), count("SELECT SUM(num_sentences) AS n FROM events"),
            count("SELECT COUNT(*) AS n FROM event_mentions"), count("SELECT COUNT(*) AS n FROM actor_mentions"),
        ]
    }

    func testThreeWorkersOneKilledStoreEveryDocumentOnce() throws {
        let input = try writeCorpus(600)
        let server = ProcessInfo.processInfo.environment["ATALAYA_TEST_POSTGRES"]!
        let name = String(url.split(separator: "/").last!) + "_single"
        let single = try PostgresDatabases.create(name, on: server)
        defer { try? PostgresDatabases.drop(name, on: server) }
        let reference = try worker(single, input)

        let workers = try (0..<3).map { _ in try worker(url, input) }
        // Kill the first once the workers are under way.
        let deadline = Date().addingTimeInterval(60)
        while Date() < deadline, (try? count("SELECT COUNT(*) AS n FROM documents")) ?? 0 < 30 { usleep(20_000) }
        kill(workers[0].processIdentifier, SIGKILL)
        for w in workers { w.waitUntilExit() }
        XCTAssertEqual(workers[0].terminationReason, .uncaughtSignal)
        XCTAssertLessThan(try count("SELECT COUNT(*) AS n FROM documents"), 600 + 1)
        let rerun = try worker(url, input)
        rerun.waitUntilExit()
        reference.waitUntilExit()
        XCTAssertEqual([workers[1].terminationStatus, workers[2].terminationStatus, rerun.terminationStatus, reference.terminationStatus],
                       [0, 0, 0, 0])
        let expected = try totals(single)
        XCTAssertEqual(expected[0], 600)
        XCTAssertGreaterThan(expected[2], 100)
        XCTAssertEqual(try totals(url), expected)
    }
}
