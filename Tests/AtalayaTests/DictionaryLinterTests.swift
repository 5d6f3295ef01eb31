import Atalaya
import Foundation
import XCTest

final class DictionaryLinterTests: XCTestCase {
    func examples(_ lang: String = "es") throws -> DataFile {
        try DataFile(url: Lexicon.bundledData!.appendingPathComponent("\(lang)/examples.tsv"))
    }

    /// The bundled dictionaries: valid codes, no conflicts, no overlapping roles, and every
    /// pattern family's example sentence coded as it should be.
    func testBundledDictionariesAreClean() throws {
        XCTAssertEqual(DictionaryLinter(lexicon: Shared.lexicon).check(examples: try examples("es")), [])
        XCTAssertEqual(DictionaryLinter(lexicon: Shared.english).check(examples: try examples("en")), [])
    }

    func testCoverageAims() {
        for lexicon in [Shared.lexicon, Shared.english] {
            let stats = DictionaryStats(lexicon: lexicon)
            print(stats.text)
            for line in stats.lines { XCTAssertTrue(line.met, "\(lexicon.language) \(line.what): \(line.count) < \(line.target ?? 0)") }
        }
    }

    func testLinterFindsProblems() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("atalaya-lint-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("actors"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("es"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try """
            COLXYZ\tJuan Inventado\t2010\t2014
            COLGOV\tJuan Inventado\t2012\t2016
            CHLGOV\tPedro Dudoso
            PERGOV\tPedro Dudoso
            """.write(to: dir.appendingPathComponent("actors/people.tsv"), atomically: true, encoding: .utf8)
        try "1712\tquemar\t-\tOBJ\t\n".write(to: dir.appendingPathComponent("es/patterns.tsv"), atomically: true, encoding: .utf8)
        let lexicon = try Lexicon.load(language: "es", extra: [dir])
        let examples = DataFile(path: "examples.tsv", text: "190\tEl gobierno de Chile elogió a Perú.\n")
        let problems = DictionaryLinter(lexicon: lexicon).check(examples: examples)
        XCTAssertTrue(problems.contains { $0.contains("'COLXYZ' is not a CAMEO actor code") }, "\(problems)")
        XCTAssertTrue(problems.contains { $0.contains("Juan Inventado: roles overlap") }, "\(problems)")
        XCTAssertTrue(problems.contains { $0.contains("Pedro Dudoso: conflicting codes CHLGOV, PERGOV") }, "\(problems)")
        XCTAssertTrue(problems.contains { $0.contains("examples.tsv:1: not coded 190 (got 051)") }, "\(problems)")
        XCTAssertTrue(problems.contains { $0.contains("no example sentence coded 190") }, "\(problems)")
    }

    /// A `--dictionaries` directory's own `examples.tsv` is linted with the bundled one (it was never read).
    func testUserExamplesAreLinted() throws {
        let dir = try AtalayaProcess.directory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("es"), withIntermediateDirectories: true)
        let examples = dir.appendingPathComponent("es/examples.tsv")
        try "190\tEl gobierno de Chile elogió a Perú.\n".write(to: examples, atomically: true, encoding: .utf8)
        let lexicon = try Lexicon.load(language: "es", extra: [dir])
        XCTAssertEqual(lexicon.examples.count, 2)
        let problems = try DictionaryLinter(lexicon: lexicon).checkAll()
        XCTAssertEqual(problems, ["\(examples.path):1: not coded 190 (got 051): El gobierno de Chile elogió a Perú."])

        let (status, out, _) = try AtalayaProcess.run(["dictionaries", "--lint", "--dictionaries", dir.path])
        XCTAssertEqual(status, 1)
        XCTAssertTrue(out.contains("es/examples.tsv:1: not coded 190 (got 051)"), out)
    }

    /// Issue 10: a few days without a role between two roles, and one-word names that are common
    /// words or someone else's surname, are listed as notes (the bundled files have such notes,
    /// and no problems).
    func testNotesOnTransitionsAndOneWordNames() throws {
        let dir = try AtalayaProcess.directory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("actors"), withIntermediateDirectories: true)
        try """
            COLGOV\tJuan Inventado\t2010-01-01\t2014-08-06
            COLOPP\tJuan Inventado\t2014-08-20\t2016-01-01
            CHLGOV\tPedro Cortado|Cortado\t2010\t2014
            PERGOV\tLuis Zurbarán|Zurbarán\t2010\t2014
            ARGGOV\tAna Zurbarán\t2015\t2019
            """.write(to: dir.appendingPathComponent("actors/people.tsv"), atomically: true, encoding: .utf8)
        let lexicon = try Lexicon.load(language: "es", extra: [dir])
        let notes = DictionaryLinter(lexicon: lexicon).notes()
        XCTAssertTrue(notes.contains { $0.contains("Juan Inventado: 13 days without a role between COLGOV (to 2014-08-06) and COLOPP") }, "\(notes)")
        XCTAssertTrue(notes.contains { $0.contains("Pedro Cortado: 'cortado' alone is also a common word") }, "\(notes)")
        XCTAssertTrue(notes.contains { $0.contains("Luis Zurbarán: 'zurbaran' alone is also the surname of Ana Zurbarán") }, "\(notes)")
        XCTAssertEqual(DictionaryLinter(lexicon: lexicon).check(), [])
    }
}
