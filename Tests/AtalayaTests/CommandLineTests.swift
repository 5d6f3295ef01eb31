import Foundation
import XCTest

/// Runs the built `atalaya` binary (CI builds it before testing) on good and bad input.
final class CommandLineTests: XCTestCase {
    func binary() throws -> URL {
        let url = Bundle.module.bundleURL.deletingLastPathComponent().appendingPathComponent("atalaya")
        guard FileManager.default.isExecutableFile(atPath: url.path) else { throw XCTSkip("atalaya not built: run swift build") }
        return url
    }

    func run(_ args: [String], stdin: String = "") throws -> (status: Int32, out: String, err: String) {
        let p = Process()
        p.executableURL = try binary()
        p.arguments = args
        let inPipe = Pipe(), outPipe = Pipe(), errPipe = Pipe()
        p.standardInput = inPipe
        p.standardOutput = outPipe
        p.standardError = errPipe
        try p.run()
        inPipe.fileHandleForWriting.write(Data(stdin.utf8))
        try inPipe.fileHandleForWriting.close()
        let out = outPipe.fileHandleForReading.readDataToEndOfFile()
        let err = errPipe.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return (p.terminationStatus, String(decoding: out, as: UTF8.self), String(decoding: err, as: UTF8.self))
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
