import Foundation
import XCTest

/// What a new user meets on the command line: a version, one-line errors for mistyped paths,
/// and `eval` going on past a bad gold line (runs the built `atalaya` binary).
final class CommandLineUsabilityTests: XCTestCase {
    func run(_ args: [String], columns: Int? = nil) throws -> (status: Int32, out: String, err: String) {
        try AtalayaProcess.run(args, environment: columns.map { ["COLUMNS": String($0)] } ?? [:])
    }

    func temporaryDirectory() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("atalaya-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: dir) }
        return dir
    }

    func testVersion() throws {
        let r = try run(["--version"])
        XCTAssertEqual(r.status, 0)
        XCTAssertNotNil(r.out.range(of: #"^atalaya \d+\.\d+\.\d+\n$"#, options: .regularExpression), r.out)
    }

    func testOverviewDoesNotSayOnlySpanish() throws {
        let r = try run(["--help"])
        XCTAssertFalse(r.out.contains("from Spanish news text"), r.out)
        XCTAssertTrue(r.out.contains("English"), r.out)
    }

    /// A mistyped --dictionaries path is refused in one line, before anything is coded.
    func testMissingDictionariesDirectoryIsRefused() throws {
        let dir = try temporaryDirectory()
        let file = dir.appendingPathComponent("not-a-dir.txt")
        try "x".write(to: file, atomically: true, encoding: .utf8)
        for args in [["code", "--date", "2023-09-13", "--dictionaries", "/nonexistent/dicts", file.path],
                     ["dictionaries", "--dictionaries", "/nonexistent/dicts"],
                     ["eval", "--dictionaries", "/nonexistent/dicts", file.path]] {
            let r = try run(args)
            XCTAssertNotEqual(r.status, 0, args.joined(separator: " "))
            XCTAssertEqual(r.err, "atalaya: --dictionaries /nonexistent/dicts: no such directory\n", args.joined(separator: " "))
            XCTAssertEqual(r.out, "")
        }
        let r = try run(["dictionaries", "--dictionaries", file.path])
        XCTAssertNotEqual(r.status, 0)
        XCTAssertEqual(r.err, "atalaya: --dictionaries \(file.path): not a directory\n")
        XCTAssertEqual(try run(["dictionaries", "--dictionaries", dir.path]).status, 0, "an existing directory is fine")
    }

    /// `--with` adds an optional bundled dictionary; an unknown name is refused in one line that
    /// lists the names there are.
    func testOptionalDictionaries() throws {
        let dir = try temporaryDirectory()
        let file = dir.appendingPathComponent("n.txt")
        try "Mohammad Najibullah spoke.\n".write(to: file, atomically: true, encoding: .utf8)
        let ok = try run(["code", "--language", "en", "--date", "1990-10-01", "--format", "mentions", "--with", "phoenix-people", file.path])
        XCTAssertEqual(ok.status, 0, ok.err)
        XCTAssertTrue(ok.out.contains("\"code\":\"AFGGOV\""), ok.out)
        let without = try run(["code", "--language", "en", "--date", "1990-10-01", "--format", "mentions", file.path])
        XCTAssertFalse(without.out.contains("AFGGOV"), "not loaded unless asked for")
        let bad = try run(["code", "--with", "phonix", "--date", "2023-09-13", file.path])
        XCTAssertNotEqual(bad.status, 0)
        XCTAssertEqual(bad.err, "atalaya: --with phonix: no such optional dictionary (there are: phoenix-people)\n")
    }

    /// eval reports each bad gold line as file:line: message, scores the rest, and exits 1.
    func testEvalGoesOnPastBadGoldLines() throws {
        let gold = try temporaryDirectory().appendingPathComponent("gold.jsonl")
        try """
            {"id":"a","date":"2023-09-13","text":"Rusia negoció un acuerdo con China.","events":[{"source":"RUS","target":"CHN","code":"046"}]}
            {"id":"b","date":"2023-09-13",
            {"id":"c","date":"2023-09-13","text":"Rusia condenó a Ucrania.","events":[{"source":"RUS","target":"UKR","code":"111"}]}
            {"id":"d","date":"13/09/2023","text":"x"}
            """.write(to: gold, atomically: true, encoding: .utf8)
        let r = try run(["eval", gold.path])
        XCTAssertEqual(r.status, 1)
        XCTAssertEqual(r.err.split(separator: "\n"), [
            "atalaya: \(gold.path):2: not a gold record: not JSON",
            "atalaya: \(gold.path):4: date \"13/09/2023\" is not YYYY-MM-DD",
            "atalaya: 2 bad gold lines skipped; the rest was evaluated",
        ])
        XCTAssertTrue(r.out.hasPrefix("\(gold.path): 2 records, 2 gold events, 3 output events\n"), r.out)
        XCTAssertTrue(r.out.contains("\ncue     1.000   0.667      0.800  2\n"), r.out)  // negotiation coded both ways
    }

    /// Help text is wrapped by the argument parser alone: no line of a command's discussion ends
    /// early where the next word would have fit (hard line breaks in the source made it ragged).
    func testDiscussionTextsWrapCleanly() throws {
        for command in ["code", "eval", "ingest", "events", "export", "stats", "dictionaries", "bench"] {
            let width = 80
            let help = try run([command, "--help"], columns: width).out.components(separatedBy: "\n")
            let usage = try XCTUnwrap(help.firstIndex { $0.hasPrefix("USAGE:") }, command)
            let discussion = help[..<usage].drop { !$0.isEmpty }  // after OVERVIEW and its blank line
            for (line, next) in zip(discussion, discussion.dropFirst()) where !line.isEmpty && !next.isEmpty {
                let word = next.prefix { $0 != " " }
                // The parser keeps lines shorter than the width (79 of 80 columns).
                XCTAssertGreaterThan(line.count + 1 + word.count, width - 1, "\(command): \"\(line)\" could take \"\(word)\"")
            }
        }
    }
}
