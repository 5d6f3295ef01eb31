import Foundation
import GRDB
import XCTest

/// The store commands as a user runs them (the built `atalaya` binary): concurrent ingests,
/// missing, foreign and read-only databases, search and filter input, help texts.
final class StoreCommandLineTests: XCTestCase {
    var dir: URL!

    override func setUpWithError() throws {
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("atalaya-storecli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("news"), withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        chmod(dir.path, 0o755)
        try? FileManager.default.removeItem(at: dir)
    }

    func path(_ name: String) -> String { dir.appendingPathComponent(name).path }

    func write(_ name: String, _ text: String) throws {
        try text.write(to: dir.appendingPathComponent(name), atomically: true, encoding: .utf8)
    }

    func start(_ args: [String], prefix: [String] = []) throws -> (Process, Pipe, Pipe) {
        let p = Process()
        let exe = try AtalayaProcess.binary()
        p.executableURL = prefix.isEmpty ? exe : URL(fileURLWithPath: prefix[0])
        p.arguments = prefix.isEmpty ? args : Array(prefix.dropFirst()) + [exe.path] + args
        p.currentDirectoryURL = dir
        let out = Pipe(), err = Pipe()
        p.standardInput = FileHandle.nullDevice
        p.standardOutput = out
        p.standardError = err
        try p.run()
        return (p, out, err)
    }

    /// Runs to the end; a run still going after 120 s is killed (a hang), and the test fails.
    func run(_ args: [String], prefix: [String] = []) throws -> (status: Int32, out: String, err: String) {
        let (p, out, err) = try start(args, prefix: prefix)
        return try finish(p, out, err)
    }

    func finish(_ p: Process, _ out: Pipe, _ err: Pipe) throws -> (status: Int32, out: String, err: String) {
        let guardTimer = DispatchWorkItem { if p.isRunning { kill(p.processIdentifier, SIGKILL) } }
        DispatchQueue.global().asyncAfter(deadline: .now() + 120, execute: guardTimer)
        let o = out.fileHandleForReading.readDataToEndOfFile()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        guardTimer.cancel()
        XCTAssertNotEqual(p.terminationReason, .uncaughtSignal, "killed: it hung")
        return (p.terminationStatus, String(decoding: o, as: UTF8.self), String(decoding: e, as: UTF8.self))
    }

    func corpus(_ name: String, prefix: String, count: Int) throws {
        let sentences = try String(contentsOf: Shared.fixture("seed.txt"), encoding: .utf8).split(separator: "\n").map(String.init)
        let lines = (0..<count).map { i -> String in
            let body = (0..<3).map { sentences[(i * 3 + $0 * 7) % sentences.count] }.joined(separator: " ")
            let escaped = body.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
            return #"{"id":"\#(prefix)\#(i)","date":"2023-09-13","text":"\#(escaped)"}"#
        }
        try write(name, lines.joined(separator: "\n") + "\n")
    }

    func documents(_ db: String) throws -> [Int] {
        try DatabaseQueue(path: path(db)).read { db in
            [try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM documents") ?? 0,
             try Int.fetchOne(db, sql: "SELECT COUNT(DISTINCT doc_id) FROM documents WHERE status = 'coded'") ?? 0]
        }
    }

    // 6. Two ingests at once on a new store: both succeed, every document stored once.
    func testTwoConcurrentIngestsOnANewStore() throws {
        try corpus("news/a.jsonl", prefix: "a", count: 60)
        try corpus("news/b.jsonl", prefix: "b", count: 60)
        let first = try start(["ingest", "--db", "c.db", "--batch", "10", "news/a.jsonl", "news/b.jsonl"])
        let second = try start(["ingest", "--db", "c.db", "--batch", "10", "news/b.jsonl", "news/a.jsonl"])
        let r1 = try finish(first.0, first.1, first.2)
        let r2 = try finish(second.0, second.1, second.2)
        XCTAssertEqual(r1.status, 0, r1.err)
        XCTAssertEqual(r2.status, 0, r2.err)
        XCTAssertEqual(try documents("c.db"), [120, 120])
        XCTAssertTrue(r1.out.contains("120 documents read"), r1.out)
    }

    // 7. A query on a missing store: one line, exit 2 (not 64, no usage), nothing created.
    func testQueriesOnAMissingStoreCreateNothing() throws {
        for command in [["events"], ["export", "--format", "csv"], ["stats"]] {
            let r = try run(command + ["--db", "typo.db"])
            XCTAssertEqual(r.status, 2, "\(command)")
            XCTAssertEqual(r.err, "atalaya: typo.db: no such store (run atalaya ingest first, or check --db)\n")
            XCTAssertEqual(r.out, "")
            XCTAssertFalse(FileManager.default.fileExists(atPath: path("typo.db")))
        }
    }

    /// `bench --queries-on` times the five queries on a store it is given, and makes none.
    func testBenchTimesQueriesOnAnExistingStore() throws {
        try write("n.jsonl", #"{"id":"a","date":"2023-09-13","text":"Putin condenó a Ucrania. Rusia atacó Kiev."}"# + "\n")
        XCTAssertEqual(try run(["ingest", "--db", "s.db", "n.jsonl"]).status, 0)
        let r = try run(["bench", "--queries-on", "s.db"])
        XCTAssertEqual(r.status, 0, r.err)
        XCTAssertTrue(r.out.contains("s.db: 2 events\n"), r.out)
        XCTAssertEqual(r.out.split(separator: "\n").filter { $0.hasPrefix("  --") && $0.contains(" ms, ") }.count, 5, r.out)
        XCTAssertTrue(r.out.contains("--actor RUS --limit 50 (newest first): "), r.out)
        let missing = try run(["bench", "--queries-on", "typo.db"])
        XCTAssertNotEqual(missing.status, 0)
        XCTAssertFalse(FileManager.default.fileExists(atPath: path("typo.db")))
    }

    // 7. Another program's SQLite file is refused before anything is written to it.
    func testForeignSQLiteFileIsRefusedUnchanged() throws {
        let q = try DatabaseQueue(path: path("app.db"))
        try q.write { try $0.execute(sql: "CREATE TABLE settings (k TEXT, v TEXT); INSERT INTO settings VALUES ('a', 'b')") }
        try q.close()
        let before = try Data(contentsOf: dir.appendingPathComponent("app.db"))
        try write("news/a.txt", "Rusia impuso sanciones a Ucrania.")
        for args in [["ingest", "--date", "2023-09-13", "news/a.txt"], ["events"], ["stats"]] {
            let r = try run(args + ["--db", "app.db"])
            XCTAssertEqual(r.status, 2, "\(args)")
            XCTAssertTrue(r.err.hasPrefix("atalaya: app.db: not an Atalaya store"), r.err)
            XCTAssertEqual(r.err.split(separator: "\n").count, 1, r.err)
        }
        XCTAssertEqual(try Data(contentsOf: dir.appendingPathComponent("app.db")), before)
        XCTAssertFalse(FileManager.default.fileExists(atPath: path("app.db-wal")))
    }

    // 7. A store nobody may write (file 0444 in a 0555 folder) still answers queries.
    func testReadOnlyStoreAnswersQueries() throws {
        try write("news/a.txt", "Rusia impuso sanciones a Ucrania.")
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("ro"), withIntermediateDirectories: true)
        XCTAssertEqual(try run(["ingest", "--db", "ro/s.db", "--date", "2023-09-13", "news/a.txt"]).status, 0)
        XCTAssertEqual(chmod(path("ro/s.db"), 0o444), 0)
        XCTAssertEqual(chmod(path("ro"), 0o555), 0)
        defer { chmod(path("ro"), 0o755) }
        // root writes anything: run the queries as nobody where possible, so the modes bind.
        var prefix = [String]()
        if getuid() == 0, FileManager.default.isExecutableFile(atPath: "/usr/sbin/runuser") {
            prefix = ["/usr/sbin/runuser", "-u", "nobody", "--"]
            if try run(["--help"], prefix: prefix).status != 0 { prefix = [] }
        }
        let events = try run(["events", "--db", "ro/s.db", "--format", "csv"], prefix: prefix)
        XCTAssertEqual(events.status, 0, events.err)
        XCTAssertTrue(events.out.contains(",RUS,UKR,163,"), events.out)
        let stats = try run(["stats", "--db", "ro/s.db"], prefix: prefix)
        XCTAssertEqual(stats.status, 0, stats.err)
        XCTAssertTrue(stats.out.hasPrefix("documents: 1 coded"), stats.out)
    }

    // 8, 9. Search and filters from the command line: words, validated dates, one-line errors.
    func testSearchAndFiltersOnTheCommandLine() throws {
        try write("news/a.jsonl", #"{"id":"d1","date":"2023-09-13","text":"Kim Jong-un y Putin se reunieron en Vladivostok."}"# + "\n")
        XCTAssertEqual(try run(["ingest", "--db", "s.db", "news/a.jsonl"]).status, 0)
        let found = try run(["events", "--db", "s.db", "--search", "Jong-un", "--format", "jsonl"])
        XCTAssertEqual(found.status, 0, found.err)
        XCTAssertEqual(found.out.split(separator: "\n").count, 2)
        for nasty in ["\"", "*", "NEAR(", "AND OR", "50%"] {
            let r = try run(["events", "--db", "s.db", "--search", nasty, "--format", "jsonl"])
            XCTAssertEqual(r.status, 0, "\(nasty): \(r.err)")
        }
        let raw = try run(["events", "--db", "s.db", "--search", "NEAR(", "--fts-syntax"])
        XCTAssertEqual(raw.status, 2)
        XCTAssertEqual(raw.err.split(separator: "\n").count, 1, raw.err)
        XCTAssertFalse(raw.err.contains("SELECT"), raw.err)
        XCTAssertEqual(try run(["events", "--db", "s.db", "--from", "20230914", "--format", "jsonl"]).out, "")
        XCTAssertEqual(try run(["events", "--db", "s.db", "--from", "20230913", "--format", "jsonl"]).out.split(separator: "\n").count, 2)
        for bad in [["--from", "2023-13-45"], ["--to", "yesterday"], ["--limit", "-1"], ["--search", String(repeating: "a ", count: 300)]] {
            let r = try run(["events", "--db", "s.db"] + bad)
            XCTAssertEqual(r.status, 64, "\(bad)")
            XCTAssertTrue(r.err.contains("Usage: atalaya events"), "the command's own usage: \(r.err)")
            XCTAssertEqual(r.err.split(separator: "\n").filter { $0.hasPrefix("Error:") }.count, 1, r.err)
        }
    }

    // 11. The summary line adds up and names events and mentions as stats does.
    func testIngestSummaryAddsUp() throws {
        try write("news/a.jsonl", """
            {"id":"d1","date":"2023-09-13","text":"Rusia impuso sanciones a Ucrania."}
            {"id":"d2","date":"hoy","text":"x"}
            not json
            """)
        let r = try run(["ingest", "--db", "s.db", "news/a.jsonl"])
        XCTAssertEqual(r.status, 1)
        XCTAssertTrue(r.out.contains("3 documents read: 1 stored, 0 skipped (already stored), 2 failed; 1 new events, 1 event mentions"), r.out)
        XCTAssertEqual(r.err.split(separator: "\n").count, 2, r.err)
        let stats = try run(["stats", "--db", "s.db"])
        XCTAssertTrue(stats.out.hasPrefix("documents: 1 coded, 2 failed; events: 1 (1 mentions)"), stats.out)
    }

    // 4. A FIFO in a folder: reported on one line, the rest ingested, exit 1, no hang.
    func testFIFOInAFolderDoesNotHangIngest() throws {
        try write("news/a.txt", "Rusia impuso sanciones a Ucrania.")
        XCTAssertEqual(mkfifo(path("news/pipe"), 0o600), 0)
        let r = try run(["ingest", "--db", "s.db", "--date", "2023-09-13", "news"])
        XCTAssertEqual(r.status, 1)
        XCTAssertEqual(r.err, "atalaya: news/pipe: not a regular file: skipped\n")
        XCTAssertTrue(r.out.contains("2 documents read: 1 stored"), r.out)
    }

    // 16. Each command's help lists exactly what it accepts; no --language where no text is coded.
    func testHelpListsWhatEachCommandAccepts() throws {
        let events = try run(["events", "--help"]).out
        XCTAssertTrue(events.contains("table, jsonl, csv or tsv"), events)
        XCTAssertFalse(events.contains("gdelt"), events)
        let export = try run(["export", "--help"]).out
        let formatHelp = export.split(separator: "\n").filter { $0.contains("--format") }
        XCTAssertTrue(formatHelp.contains { $0.contains("gdelt, phoenix, plover, jsonl, csv, tsv or gold") }, export)
        XCTAssertFalse(formatHelp.contains { $0.contains("table") }, export)
        for command in ["events", "export", "stats"] {
            XCTAssertFalse(try run([command, "--help"]).out.contains("--language"), command)
        }
        let rejected = try run(["events", "--format", "gdelt"])
        XCTAssertEqual(rejected.status, 64)
        XCTAssertTrue(rejected.err.contains("Usage: atalaya events"), rejected.err)
    }
}
