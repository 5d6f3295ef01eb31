import GRDB
import Foundation
import XCTest

/// Runs the built `atalaya` binary (CI builds it before testing) on good and bad input.
final class CommandLineTests: XCTestCase {
    func run(_ args: [String], stdin: String = "") throws -> (status: Int32, out: String, err: String) {
        try AtalayaProcess.run(args, stdin: stdin)
    }

    func testBadLinesAreReportedTheRestCodedAndTheStatusSaysSo() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("atalaya-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("news.jsonl")
        try """
            {"id":"1","date":"2023-09-13","text":"Rusia negoció un acuerdo con China."}
            {"id":"2","date":"hoy","text":"x"}
            {"id":"3","date":"2023-09-13","text":"Kim Jong-un y Putin se reunieron."}
            """.write(to: file, atomically: true, encoding: .utf8)
        let r = try run(["code", file.path])
        XCTAssertEqual(r.status, 1)
        XCTAssertTrue(r.err.contains("news.jsonl:2: date \"hoy\""), r.err)
        XCTAssertEqual(r.out.split(separator: "\n").count, 4)  // two reciprocal events from each good line
        let good = try run(["code", "--date", "2023-09-13"], stdin: "Rusia negoció un acuerdo con China.")
        XCTAssertEqual(good.status, 0)
        XCTAssertEqual(good.out.split(separator: "\n").count, 2)
    }
}

/// A killed ingest (SIGKILL, mid-run) leaves a consistent store; a rerun completes it with
/// nothing lost and nothing stored twice.
final class IngestResumeTests: XCTestCase {
    func testKilledIngestResumes() throws {
        let binary = try AtalayaProcess.binary()
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("atalaya-resume-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let text = try String(contentsOf: Shared.fixture("seed.txt"), encoding: .utf8)
        let sentences = text.split(separator: "\n").map(String.init)
        var lines = [String]()
        for i in 0..<1500 {
            let body = (0..<4).map { sentences[(i + $0 * 7) % sentences.count] }.joined(separator: " ")
            let escaped = body.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
            lines.append(#"{"id":"n\#(i)","date":"2023-09-\#(10 + i % 9)","text":"\#(escaped)"}"#)
        }
        let input = dir.appendingPathComponent("news.jsonl")
        try lines.joined(separator: "\n").write(to: input, atomically: true, encoding: .utf8)
        let db = dir.appendingPathComponent("k.db").path
        func run(_ args: [String]) throws -> Process {
            let p = Process()
            p.executableURL = binary
            p.arguments = args
            p.standardOutput = FileHandle.nullDevice
            p.standardError = FileHandle.nullDevice
            try p.run()
            return p
        }
        // Kill the first run once some batches are committed.
        let first = try run(["ingest", "--db", db, "--batch", "20", input.path])
        let deadline = Date().addingTimeInterval(120)
        var stored = 0
        while Date() < deadline && first.isRunning {
            stored = (try? documents(db)) ?? 0
            if stored >= 60 { break }
            usleep(20_000)
        }
        kill(first.processIdentifier, SIGKILL)
        first.waitUntilExit()
        let partial = try documents(db)
        XCTAssertLessThan(partial, 1500, "killed before the end")
        XCTAssertEqual(partial % 20, 0, "whole batches only")
        let second = try run(["ingest", "--db", db, "--batch", "50", input.path])
        second.waitUntilExit()
        XCTAssertEqual(second.terminationStatus, 0)
        // The same totals as one uninterrupted run.
        let reference = dir.appendingPathComponent("r.db").path
        let clean = try run(["ingest", "--db", reference, "--batch", "500", input.path])
        clean.waitUntilExit()
        XCTAssertEqual(try documents(db), 1500)
        XCTAssertEqual(try totals(db), try totals(reference))
    }

    func documents(_ path: String) throws -> Int {
        try DatabaseQueue(path: path).read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM documents") ?? 0 }
    }

    func totals(_ path: String) throws -> [Int] {
        try DatabaseQueue(path: path).read { db in
            [try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM events") ?? 0,
             try Int.fetchOne(db, sql: "SELECT SUM(num_mentions) FROM events") ?? 0,
             try Int.fetchOne(db, sql: "SELECT SUM(num_documents) FROM events") ?? 0,
             try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM event_mentions") ?? 0,
             try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM sentences") ?? 0]
        }
    }
}
