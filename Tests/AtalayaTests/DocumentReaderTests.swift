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

    func read(_ name: String, _ bytes: [UInt8]) -> (docs: [Document], problems: [InputProblem]) {
        let url = dir.appendingPathComponent(name)
        XCTAssertTrue(FileManager.default.createFile(atPath: url.path, contents: Data(bytes)))
        var docs = [Document](), problems = [InputProblem]()
        DocumentReader(defaultDate: Shared.day).read(path: url.path, format: nil, each: { docs.append($0) },
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
        while let l = reader.next() { lines.append(String(decoding: l, as: UTF8.self)) }
        XCTAssertEqual(lines.count, 1000)
        XCTAssertEqual(lines[999], "línea 1000")
        XCTAssertEqual(reader.lineNumber, 1000)
    }
}
