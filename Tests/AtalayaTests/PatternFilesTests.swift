import Atalaya
import Foundation
import XCTest

/// A language's patterns may go on past `patterns.tsv` in `patterns-*.tsv` files, read after it in
/// name order, bundled or in a `--dictionaries` directory; their lines are named by their own file.
final class PatternFilesTests: XCTestCase {
    func testMorePatternFilesAreRead() throws {
        let dir = try AtalayaProcess.directory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("es"), withIntermediateDirectories: true)
        try "1041\tescrachar\t-\tOBJ\t\n".write(to: dir.appendingPathComponent("es/patterns-extra.tsv"), atomically: true, encoding: .utf8)
        let lexicon = try Lexicon.load(language: "es", extra: [dir])
        let doc = Coder(lexicon: lexicon).code(date: Shared.day, text: "Un grupo de estudiantes escrachó al presidente argentino.")
        XCTAssertEqual(doc.events.map { "\($0.code) \($0.target?.code ?? "-")" }, ["1041 ARGGOV"])
        XCTAssertEqual(doc.events.first?.pattern.hasPrefix("es/patterns-extra.tsv:1 "), true, doc.events.first?.pattern ?? "")
    }

    func testBadLinesAreNamedByTheirFile() throws {
        let dir = try AtalayaProcess.directory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("es"), withIntermediateDirectories: true)
        try "# comment\n999\treunir\t-\tcon\t\n".write(to: dir.appendingPathComponent("es/patterns-extra.tsv"), atomically: true, encoding: .utf8)
        XCTAssertThrowsError(try Lexicon.load(language: "es", extra: [dir])) { error in
            XCTAssertTrue("\(error)".hasSuffix("es/patterns-extra.tsv:2: unknown CAMEO event code '999'"), "\(error)")
        }
    }
}
