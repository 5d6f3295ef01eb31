import Foundation
import XCTest

/// `atalaya code` on hostile input and output (issue 8: jobs, size limit, write errors).
final class CodeCommandTests: XCTestCase {
    var dir: URL!

    override func setUpWithError() throws { dir = try AtalayaProcess.directory() }
    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: dir) }

    func fiveDocuments() throws -> String {
        let file = dir.appendingPathComponent("five.jsonl")
        let lines = (1...5).map { #"{"id":"\#($0)","date":"2023-09-13","text":"Putin condenó a Ucrania."}"# }
        try lines.joined(separator: "\n").write(to: file, atomically: true, encoding: .utf8)
        return file.path
    }

    // 8.1: --jobs 4 on a batch of five documents died with SIGILL (status 132).
    func testJobsOnFewerDocumentsThanTheSplit() throws {
        let file = try fiveDocuments()
        for jobs in ["0", "1", "4", "256"] {
            let r = try AtalayaProcess.run(["code", "--jobs", jobs, file])
            XCTAssertEqual(r.status, 0, "--jobs \(jobs): \(r.err)")
            XCTAssertEqual(r.out.split(separator: "\n").map { String($0.prefix(10)) }, (1...5).map { #"{"doc":"\#($0)""# })
        }
        for jobs in ["-1", "257", "9223372036854775807"] {
            let r = try AtalayaProcess.run(["code", "--jobs", jobs, file])
            XCTAssertEqual(r.status, 64, "--jobs \(jobs) is a usage error, not a crash")
            XCTAssertTrue(r.err.contains("--jobs"), r.err)
        }
    }

    /// Issue 10: an article nobody dated says so: its events have date precision "unknown",
    /// except where the text states a full date; a date given by `--date` or the input is kept.
    func testUndatedDocumentSaysSo() throws {
        let text = "Rusia atacó ayer a Ucrania. El 5 de marzo de 2018 Rusia atacó a Ucrania.\n"
        func precisions(_ r: (status: Int32, out: String, err: String)) -> [String] {
            r.out.split(separator: "\n").compactMap { line in
                line.range(of: #""date_precision":"[a-z]+""#, options: .regularExpression).map { String(line[$0].dropFirst(18).dropLast()) }
            }
        }
        XCTAssertEqual(precisions(try AtalayaProcess.run(["code", "--format", "jsonl"], stdin: text)), ["unknown", "day"])
        XCTAssertEqual(precisions(try AtalayaProcess.run(["code", "--format", "jsonl", "--date", "2020-01-02"], stdin: text)), ["day", "day"])
        let jsonl = dir.appendingPathComponent("nodate.jsonl")
        try #"{"id":"a","text":"Rusia atacó a Ucrania."}"#.write(to: jsonl, atomically: true, encoding: .utf8)
        XCTAssertEqual(precisions(try AtalayaProcess.run(["code", "--format", "jsonl", jsonl.path])), ["unknown"])
        let explain = try AtalayaProcess.run(["code", "--format", "explain"], stdin: text)
        XCTAssertTrue(explain.out.hasPrefix("# <stdin> (date unknown, coded "), explain.out)
    }

    // 8.5: output lost to a full disk is an error.
    func testWriteErrorIsAFailure() throws {
        guard FileManager.default.fileExists(atPath: "/dev/full") else { throw XCTSkip("no /dev/full") }
        let r = try AtalayaProcess.run(["code", try fiveDocuments()], stdout: "/dev/full")
        XCTAssertEqual(r.status, 74)
        XCTAssertTrue(r.err.contains("cannot write output: No space left on device"), r.err)
    }

    // 8.3: a document over --max-document-size is reported, and the rest coded.
    func testMaxDocumentSize() throws {
        let file = dir.appendingPathComponent("sizes.jsonl")
        let long = String(repeating: "Putin condenó a Ucrania. ", count: 20)
        try [#"{"id":"a","text":"Putin condenó a Ucrania."}"#, #"{"id":"b","text":"\#(long)"}"#,
             #"{"id":"c","text":"Putin condenó a Ucrania."}"#].joined(separator: "\n").write(to: file, atomically: true, encoding: .utf8)
        let r = try AtalayaProcess.run(["code", "--max-document-size", "100", file.path])
        XCTAssertEqual(r.status, 1)
        XCTAssertTrue(r.err.contains("sizes.jsonl:2: line of"), r.err)
        XCTAssertEqual(r.out.split(separator: "\n").count, 2)
        let bad = try AtalayaProcess.run(["code", "--max-document-size", "lots", file.path])
        XCTAssertEqual(bad.status, 64)
        XCTAssertTrue(bad.err.contains("--max-document-size lots"), bad.err)
    }

    // 8.15: the benchmark's default input was a path relative to the repository: elsewhere it failed.
    func testBenchRunsOutsideTheRepository() throws {
        let r = try AtalayaProcess.run(["bench", "--size-mb", "1"], in: dir)
        XCTAssertEqual(r.status, 0, r.err)
        XCTAssertTrue(r.out.contains("words/s"), r.out)
        let missing = try AtalayaProcess.run(["bench", "--seed", "no-such-file.txt"], in: dir)
        XCTAssertEqual(missing.status, 64)
        XCTAssertTrue(missing.err.contains("cannot read --seed no-such-file.txt"), missing.err)
    }

    // The bench's default corpus is the example article the speed figures were set on, from any
    // directory; --examples asks for the event-dense bundled example sentences instead.
    func testBenchDefaultCorpusIsTheExampleArticle() throws {
        let r = try AtalayaProcess.run(["bench", "--size-mb", "1"], in: dir)
        XCTAssertTrue(r.out.contains("the sentences of Examples/kim-putin-2023-09-13.txt"), r.out)
        let dense = try AtalayaProcess.run(["bench", "--size-mb", "1", "--examples"], in: dir)
        XCTAssertEqual(dense.status, 0, dense.err)
        XCTAssertTrue(dense.out.contains("the sentences of the bundled example sentences"), dense.out)
        let both = try AtalayaProcess.run(["bench", "--examples", "--seed", "x.txt"], in: dir)
        XCTAssertEqual(both.status, 64)
    }
}
