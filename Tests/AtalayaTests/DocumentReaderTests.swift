import Atalaya
import Foundation
import XCTest

final class DocumentReaderTests: XCTestCase {
    var dir: URL!

    override func setUpWithError() throws {
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("atalaya-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: dir) }

    func read(_ name: String, _ bytes: [UInt8], limit: Int = DocumentReader.defaultMaxDocumentSize)
        -> (docs: [Document], problems: [InputProblem]) {
        let url = dir.appendingPathComponent(name)
        XCTAssertTrue(FileManager.default.createFile(atPath: url.path, contents: Data(bytes)))
        var docs = [Document](), problems = [InputProblem]()
        DocumentReader(defaultDate: Shared.day, maxDocumentSize: limit).read(path: url.path, format: nil, each: { docs.append($0) },
                                                                            problem: { problems.append($0) })
        return (docs, problems)
    }

    func testJSONLBadLinesAreReportedAndTheRestRead() {
        let lines = [
            #"{"id":"a","date":"2023-09-13","text":"Putin habló.","url":"http://x","extra":{"k":[1,2]}}"#,
            #"not json"#,
            #"{"id":"b","date":"2023-09-13"}"#,
            #"{"id":"c","date":"13/09/2023","text":"x"}"#,
            "",
            #"{"id":"d","date":"20230914","text":"Kim \u00e9 \"citado\"."}"#,
        ]
        var bytes = Array(lines.joined(separator: "\n").utf8)
        bytes += Array("\n{\"id\":\"e\",\"text\":\"".utf8) + [0xFF, 0xFE] + Array("\"}\n".utf8)
        let (docs, problems) = read("in.jsonl", bytes)
        XCTAssertEqual(docs.map(\.id), ["a", "d"])
        XCTAssertEqual(docs[1].date.description, "2023-09-14")
        XCTAssertEqual(docs[1].text, "Kim é \"citado\".")
        XCTAssertEqual(docs[0].url, "http://x")
        XCTAssertEqual(problems.map(\.line), [2, 3, 4, 7])
        XCTAssertTrue(problems.allSatisfy { $0.file.hasSuffix("in.jsonl") })
        XCTAssertTrue(problems[1].message.contains("text"))
        XCTAssertTrue(problems[2].message.contains("13/09/2023"))
    }

    func testTextFilesInvalidBinaryAndEmpty() {
        let (docs, problems) = read("bad.txt", Array("Primera línea.\nSegunda ".utf8) + [0xC3, 0x28] + Array(" línea.".utf8))
        XCTAssertEqual(docs.count, 1, "invalid UTF-8 is reported, and the text is still coded")
        XCTAssertEqual(docs[0].id, "bad.txt")
        XCTAssertEqual(problems.map(\.line), [2])
        XCTAssertEqual(read("bin.txt", [0x7F, 0x45, 0x4C, 0x46, 0, 0, 1]).problems.count, 1)
        XCTAssertEqual(read("bin.txt", [0x7F, 0x45, 0x4C, 0x46, 0, 0, 1]).docs.count, 0)
        XCTAssertEqual(read("empty.txt", []).problems.first?.message.contains("empty"), true)
    }

    func testLineReaderAcrossChunks() throws {
        let url = dir.appendingPathComponent("lines.txt")
        let text = (1...1000).map { "línea \($0)" }.joined(separator: "\r\n")
        XCTAssertTrue(FileManager.default.createFile(atPath: url.path, contents: Data(text.utf8)))
        let fd = open(url.path, O_RDONLY)
        defer { close(fd) }
        var reader = LineReader(fd: fd, chunk: 7)  // tiny chunks: lines straddle reads
        var lines = [String]()
        while let l = reader.next() {
            guard case .text(let bytes) = l else { return XCTFail("no line is too long here") }
            lines.append(String(decoding: bytes, as: UTF8.self))
        }
        XCTAssertEqual(lines.count, 1000)
        XCTAssertEqual(lines[999], "línea 1000")
        XCTAssertEqual(reader.lineNumber, 1000)
    }

    // Issue 8.3: a JSONL line over the document limit is reported and skipped, the lines after it read.
    func testLineOverTheLimitIsSkippedAndReported() {
        let long = #"{"id":"big","text":""# + String(repeating: "Putin habló. ", count: 100) + #""}"#
        let lines = [#"{"id":"a","text":"Putin habló."}"#, long, #"{"id":"b","text":"Kim habló."}"#]
        let (docs, problems) = read("big.jsonl", Array(lines.joined(separator: "\n").utf8), limit: 200)
        XCTAssertEqual(docs.map(\.id), ["a", "b"])
        XCTAssertEqual(problems.map(\.line), [2])
        XCTAssertTrue(problems[0].message.contains("over the document limit of 200 bytes"), problems[0].message)
    }

    // Issue 8.3: a text over the limit is coded in parts cut after sentences, nothing lost.
    func testLongTextIsCodedInPartsCutAtSentenceEnds() {
        let text = (1...40).map { "La frase número \($0) termina aquí." }.joined(separator: " ")
        let (docs, problems) = read("long.txt", Array(text.utf8), limit: 200)
        XCTAssertGreaterThan(docs.count, 5)
        XCTAssertEqual(docs.map(\.text).joined(), text)
        XCTAssertEqual(docs.prefix(3).map(\.id), ["long.txt", "long.txt#2", "long.txt#3"])
        XCTAssertTrue(docs.allSatisfy { $0.bytes.count <= 200 })
        XCTAssertTrue(docs.dropLast().allSatisfy { $0.text.hasSuffix("aquí. ") }, "every part ends after a sentence")
        XCTAssertEqual(problems.count, 1)
        XCTAssertTrue(problems[0].message.contains("coded in parts"), problems[0].message)
        // A line of one unbroken word is still cut, at a character boundary.
        let word = String(repeating: "ñ", count: 300)
        let parts = read("word.txt", Array(word.utf8), limit: 101).docs
        XCTAssertEqual(parts.map(\.text).joined(), word)
    }

    // Issue 8.15: a byte-order mark starts the text, it is not part of it (nor makes line 1 "not JSON").
    func testByteOrderMarkIsSkipped() {
        let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
        let (docs, problems) = read("bom.jsonl", bom + Array(#"{"id":"a","text":"Putin habló."}"#.utf8))
        XCTAssertEqual(docs.map(\.id), ["a"])
        XCTAssertEqual(problems.count, 0)
        XCTAssertEqual(read("bom.txt", bom + Array("Putin habló.".utf8)).docs.first?.text, "Putin habló.")
    }

    // Issue 8.15: a text that is a number or boolean is no text; a numeric id is kept as written.
    func testTextMustBeAString() {
        let lines = [#"{"id":"a","text":5}"#, #"{"id":"b","text":true}"#, #"{"id":17,"date":20230914,"text":"Kim habló."}"#]
        let (docs, problems) = read("types.jsonl", Array(lines.joined(separator: "\n").utf8))
        XCTAssertEqual(docs.map(\.id), ["17"])
        XCTAssertEqual(docs.first?.date.description, "2023-09-14")
        XCTAssertEqual(problems.map(\.line), [1, 2])
        XCTAssertTrue(problems.allSatisfy { $0.message.contains("not a string") })
    }

    // A high surrogate followed by an escape that is not a low surrogate used to overflow (crash).
    func testLoneSurrogatesBecomeReplacementCharacters() throws {
        let fields = try FlatJSON.parse(Array(#"{"text":"a\uD800\u0041 \uD83D\uDE00 \uDC00\uD800\n"}"#.utf8)[...])
        XCTAssertEqual(fields["text"]?.string, "a\u{FFFD}A 😀 \u{FFFD}\u{FFFD}\n")
    }

    // Issue 8.3: endless input without a newline (/dev/zero) is refused at once, not read forever.
    func testEndlessBinaryInputIsRefusedUnread() {
        for format in DocumentReader.Format.allCases {
            var problems = [InputProblem]()
            DocumentReader(defaultDate: Shared.day).read(path: "/dev/zero", format: format, each: { _ in XCTFail() },
                                                        problem: { problems.append($0) })
            XCTAssertEqual(problems.map(\.message), ["binary file (NUL bytes): skipped"])
        }
    }

    // Issue 8.3: an over-long line is dropped as it streams past, in chunks, never held whole.
    func testLineReaderSkipsLongLinesAcrossChunks() throws {
        let url = dir.appendingPathComponent("long.txt")
        let text = "corta\n" + String(repeating: "x", count: 100) + "\notra\n" + String(repeating: "y", count: 50)
        XCTAssertTrue(FileManager.default.createFile(atPath: url.path, contents: Data(text.utf8)))
        let fd = open(url.path, O_RDONLY)
        defer { close(fd) }
        var reader = LineReader(fd: fd, chunk: 7, maxLine: 20)
        var lines = [LineReader.Line]()
        while let l = reader.next() { lines.append(l) }
        XCTAssertEqual(lines, [.text(Array("corta".utf8)[...]), .tooLong(100), .text(Array("otra".utf8)[...]), .tooLong(50)])
        XCTAssertEqual(reader.lineNumber, 4)
    }
}
