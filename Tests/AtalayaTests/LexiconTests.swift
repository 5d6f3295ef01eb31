import Atalaya
import Foundation
import XCTest

final class LexiconTests: XCTestCase {
    func testUserDictionariesExtendTheBundledOnes() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("atalaya-dict-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("es"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("actors"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try "ARGREB\tMontoneros\n".write(to: dir.appendingPathComponent("actors/groups.tsv"), atomically: true, encoding: .utf8)
        try "1041\tescrachar\t-\tOBJ\t\n".write(to: dir.appendingPathComponent("es/patterns.tsv"), atomically: true, encoding: .utf8)
        let lexicon = try Lexicon.load(language: "es", extra: [dir])
        let doc = Coder(lexicon: lexicon).code(date: Shared.day, text: "Los Montoneros escracharon a un diputado argentino.")
        XCTAssertEqual(doc.events.map { "\($0.source.code) \($0.code) \($0.target?.code ?? "-")" }, ["ARGREB 1041 ARGLEG"])
        // Without the extra files, nothing of it is known.
        XCTAssertTrue(Shared.code("Los Montoneros escracharon a un diputado argentino.").events.isEmpty)
    }

    func testBadDictionaryLinesAreNamed() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("atalaya-dict-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("es"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try "# comment\n999\treunir\t-\tcon\t\n".write(to: dir.appendingPathComponent("es/patterns.tsv"), atomically: true, encoding: .utf8)
        XCTAssertThrowsError(try Lexicon.load(language: "es", extra: [dir])) { error in
            XCTAssertTrue("\(error)".hasSuffix("es/patterns.tsv:2: unknown CAMEO event code '999'"), "\(error)")
        }
    }

    func testCameoCodesAloneMatchTheLexicon() throws {
        let codes = try CameoCodes.load()
        XCTAssertEqual(codes.agents, Shared.lexicon.cameoAgents)
        XCTAssertTrue(codes.agents.contains("GOV"))
        XCTAssertEqual(codes.events.info("190")?.quad, 4)
        XCTAssertEqual(codes.events.all.count, Shared.lexicon.cameo.all.count)
    }
}
