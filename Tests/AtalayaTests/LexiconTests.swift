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

    /// Which conjugator and which split suffixes a language uses is said in its settings file.
    func testSettingsNameConjugatorAndSplitSuffixes() throws {
        XCTAssertEqual(Shared.lexicon.settings.conjugator, .spanish)
        XCTAssertEqual(Shared.english.settings.conjugator, .english)
        XCTAssertEqual(Shared.english.settings.splitSuffixes, [Array("'s".utf8), Array("n't".utf8)])
        let file = DataFile(path: "s.tsv", text: "conjugator\tklingon\n")
        XCTAssertThrowsError(try LanguageSettings(files: [file])) {
            XCTAssertEqual("\($0)", "s.tsv:1: unknown conjugator 'klingon'")
        }
        // A language whose settings name no conjugator has verbs of no forms.
        let dir = try AtalayaProcess.directory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("xx"), withIntermediateDirectories: true)
        try "reunir\n".write(to: dir.appendingPathComponent("xx/verbs.txt"), atomically: true, encoding: .utf8)
        let bare = try Lexicon.load(language: "xx", extra: [dir])
        XCTAssertTrue(bare.verbReadings(bare.id("reunieron")).isEmpty)
        XCTAssertEqual(bare.enclitics, [])
    }

    /// Strong preterites take the endings of `es/morphology/endings.tsv` (no longer written in Swift).
    func testStrongPreteriteEndingsAreData() throws {
        let endings = DataFile(path: "e.tsv", text: "preterite\tar\te\taste\to\tamos\tasteis\taron\n"
                               + "strong-preterite\t-\tA\tB\tC\tD\tE\tF\nstrong-preterite\tj\tA\tB\tC\tD\tE\tG\n")
        let irregular = DataFile(path: "i.tsv", text: "andar\tpreterite\tanduv\ntrajar\tpreterite\ttraj\n")
        let c = try SpanishConjugator(endings: endings, irregular: irregular)
        XCTAssertEqual(c.forms(of: "andar").filter { $0.tense == .preterite }.map(\.form), ["anduvA", "anduvB", "anduvC", "anduvD", "anduvE", "anduvF"])
        XCTAssertEqual(c.forms(of: "trajar").filter { $0.tense == .preterite }.last?.form, "trajG")
        XCTAssertTrue(c.isInfinitive("andar"))
        XCTAssertFalse(c.isInfinitive("andir"))
    }
}
